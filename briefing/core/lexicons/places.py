"""Generic geography: countries, their aliases and demonyms, major cities and regions.

Only names of places; no events, no people. `place_name` is the one entry point most callers need.
"""

from __future__ import annotations

from functools import lru_cache


def _bars(text: str) -> list[str]:
    """Items of a `|`-separated block, white space trimmed (the lists read better as prose)."""
    return [item.strip() for item in text.split("|") if item.strip()]


# Canonical short English name of every sovereign state (plus a few widely treated as countries).
_CANONICAL = """
Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|
Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|
Bosnia and Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|
Canada|Cape Verde|Central African Republic|Chad|Chile|China|Colombia|Comoros|Congo|
Democratic Republic of the Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Denmark|Djibouti|
Dominica|Dominican Republic|East Timor|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|
Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|
Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|
Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|
Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|
Malaysia|Maldives|Mali|Malta|Marshall Islands|Mauritania|Mauritius|Mexico|Micronesia|Moldova|
Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|New Zealand|
Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|
Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|
Saint Kitts and Nevis|Saint Lucia|Saint Vincent and the Grenadines|Samoa|San Marino|
Sao Tome and Principe|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|
Slovenia|Solomon Islands|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|
Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|
Trinidad and Tobago|Tunisia|Turkey|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|
United Kingdom|United States|Uruguay|Uzbekistan|Vanuatu|Vatican City|Venezuela|Vietnam|Yemen|
Zambia|Zimbabwe|England|Scotland|Wales|Northern Ireland
"""

_ALIASES: dict[str, str] = {
    "US": "United States",
    "U.S.": "United States",
    "U.S": "United States",
    "USA": "United States",
    "U.S.A.": "United States",
    "America": "United States",
    "United States of America": "United States",
    "the United States": "United States",
    "the US": "United States",
    "the U.S.": "United States",
    "UK": "United Kingdom",
    "U.K.": "United Kingdom",
    "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
    "the United Kingdom": "United Kingdom",
    "the UK": "United Kingdom",
    "the Netherlands": "Netherlands",
    "Holland": "Netherlands",
    "the Philippines": "Philippines",
    "the Bahamas": "Bahamas",
    "the Gambia": "Gambia",
    "the Maldives": "Maldives",
    "the Czech Republic": "Czech Republic",
    "Czechia": "Czech Republic",
    "the Dominican Republic": "Dominican Republic",
    "the Central African Republic": "Central African Republic",
    "the Democratic Republic of the Congo": "Democratic Republic of the Congo",
    "DR Congo": "Democratic Republic of the Congo",
    "DRC": "Democratic Republic of the Congo",
    "Republic of the Congo": "Congo",
    "the Republic of Ireland": "Ireland",
    "Republic of Ireland": "Ireland",
    "Eire": "Ireland",
    "the UAE": "United Arab Emirates",
    "UAE": "United Arab Emirates",
    "the United Arab Emirates": "United Arab Emirates",
    "Russian Federation": "Russia",
    "the Russian Federation": "Russia",
    "Türkiye": "Turkey",
    "Turkiye": "Turkey",
    "Côte d'Ivoire": "Ivory Coast",
    "Côte d’Ivoire": "Ivory Coast",
    "Cote d'Ivoire": "Ivory Coast",
    "Burma": "Myanmar",
    "Swaziland": "Eswatini",
    "Cabo Verde": "Cape Verde",
    "Timor-Leste": "East Timor",
    "Macedonia": "North Macedonia",
    "Republic of Korea": "South Korea",
    "Korea": "South Korea",
    "DPRK": "North Korea",
    "the DPRK": "North Korea",
    "São Tomé and Príncipe": "Sao Tome and Principe",
    "the Vatican": "Vatican City",
    "Holy See": "Vatican City",
    "PRC": "China",
    "People's Republic of China": "China",
    "Mainland China": "China",
    "Viet Nam": "Vietnam",
    "Lao PDR": "Laos",
    "the Solomon Islands": "Solomon Islands",
    "the Marshall Islands": "Marshall Islands",
    "Bosnia": "Bosnia and Herzegovina",
    "Trinidad": "Trinidad and Tobago",
}

COUNTRIES: dict[str, str] = {name: name for name in _bars(_CANONICAL)} | _ALIASES

_DEMONYM_ROWS = """
Afghan:Afghanistan|Albanian:Albania|Algerian:Algeria|Andorran:Andorra|Angolan:Angola|
Argentine:Argentina|Argentinian:Argentina|Armenian:Armenia|Australian:Australia|Austrian:Austria|
Azerbaijani:Azerbaijan|Azeri:Azerbaijan|Bahamian:Bahamas|Bahraini:Bahrain|
Bangladeshi:Bangladesh|Barbadian:Barbados|Belarusian:Belarus|Belgian:Belgium|Belizean:Belize|
Beninese:Benin|Bhutanese:Bhutan|Bolivian:Bolivia|Bosnian:Bosnia and Herzegovina|
Botswanan:Botswana|Brazilian:Brazil|Bruneian:Brunei|Bulgarian:Bulgaria|Burkinabe:Burkina Faso|
Burundian:Burundi|Cambodian:Cambodia|Cameroonian:Cameroon|Canadian:Canada|Cape Verdean:Cape Verde|
Chadian:Chad|Chilean:Chile|Chinese:China|Colombian:Colombia|Comorian:Comoros|Congolese:Congo|
Costa Rican:Costa Rica|Croatian:Croatia|Cuban:Cuba|Cypriot:Cyprus|Czech:Czech Republic|
Danish:Denmark|Djiboutian:Djibouti|Dominican:Dominican Republic|Dutch:Netherlands|
Ecuadorian:Ecuador|Egyptian:Egypt|Salvadoran:El Salvador|Eritrean:Eritrea|Estonian:Estonia|
Ethiopian:Ethiopia|Fijian:Fiji|Finnish:Finland|French:France|Gabonese:Gabon|Gambian:Gambia|
Georgian:Georgia|German:Germany|Ghanaian:Ghana|Greek:Greece|Grenadian:Grenada|
Guatemalan:Guatemala|Guinean:Guinea|Guyanese:Guyana|Haitian:Haiti|Honduran:Honduras|
Hungarian:Hungary|Icelandic:Iceland|Indian:India|Indonesian:Indonesia|Iranian:Iran|Iraqi:Iraq|
Irish:Ireland|Israeli:Israel|Italian:Italy|Ivorian:Ivory Coast|Jamaican:Jamaica|Japanese:Japan|
Jordanian:Jordan|Kazakh:Kazakhstan|Kazakhstani:Kazakhstan|Kenyan:Kenya|Kosovar:Kosovo|
Kuwaiti:Kuwait|Kyrgyz:Kyrgyzstan|Lao:Laos|Laotian:Laos|Latvian:Latvia|Lebanese:Lebanon|
Liberian:Liberia|Libyan:Libya|Lithuanian:Lithuania|Luxembourgish:Luxembourg|Malagasy:Madagascar|
Malawian:Malawi|Malaysian:Malaysia|Maldivian:Maldives|Malian:Mali|Maltese:Malta|
Mauritanian:Mauritania|Mauritian:Mauritius|Mexican:Mexico|Moldovan:Moldova|Monegasque:Monaco|
Mongolian:Mongolia|Montenegrin:Montenegro|Moroccan:Morocco|Mozambican:Mozambique|
Burmese:Myanmar|Namibian:Namibia|Nepalese:Nepal|Nepali:Nepal|New Zealand:New Zealand|
Nicaraguan:Nicaragua|Nigerien:Niger|Nigerian:Nigeria|North Korean:North Korea|
Macedonian:North Macedonia|Norwegian:Norway|Omani:Oman|Pakistani:Pakistan|Palestinian:Palestine|
Panamanian:Panama|Paraguayan:Paraguay|Peruvian:Peru|Filipino:Philippines|Philippine:Philippines|
Polish:Poland|Portuguese:Portugal|Qatari:Qatar|Romanian:Romania|Russian:Russia|Rwandan:Rwanda|
Samoan:Samoa|Saudi:Saudi Arabia|Saudi Arabian:Saudi Arabia|Senegalese:Senegal|Serbian:Serbia|
Sierra Leonean:Sierra Leone|Singaporean:Singapore|Slovak:Slovakia|Slovakian:Slovakia|
Slovenian:Slovenia|Somali:Somalia|South African:South Africa|South Korean:South Korea|
Korean:South Korea|South Sudanese:South Sudan|Spanish:Spain|Sri Lankan:Sri Lanka|
Sudanese:Sudan|Surinamese:Suriname|Swedish:Sweden|Swiss:Switzerland|Syrian:Syria|
Taiwanese:Taiwan|Tajik:Tajikistan|Tanzanian:Tanzania|Thai:Thailand|Togolese:Togo|Tongan:Tonga|
Trinidadian:Trinidad and Tobago|Tunisian:Tunisia|Turkish:Turkey|Turkmen:Turkmenistan|
Ugandan:Uganda|Ukrainian:Ukraine|Emirati:United Arab Emirates|British:United Kingdom|
American:United States|US:United States|U.S.:United States|Uruguayan:Uruguay|Uzbek:Uzbekistan|
Venezuelan:Venezuela|Vietnamese:Vietnam|Yemeni:Yemen|Zambian:Zambia|Zimbabwean:Zimbabwe|
English:England|Scottish:Scotland|Welsh:Wales|UK:United Kingdom
"""

DEMONYMS: dict[str, str] = {
    row.split(":", 1)[0]: row.split(":", 1)[1] for row in _bars(_DEMONYM_ROWS)
}

CITIES: frozenset[str] = frozenset(
    _bars(
        """
Kabul|Tirana|Algiers|Luanda|Buenos Aires|Yerevan|Canberra|Vienna|Baku|Nassau|Manama|Dhaka|
Minsk|Brussels|Porto-Novo|Thimphu|La Paz|Sarajevo|Gaborone|Brasília|Brasilia|Sofia|Ouagadougou|
Phnom Penh|Yaoundé|Ottawa|Praia|Bangui|N'Djamena|Santiago|Beijing|Bogotá|Bogota|Kinshasa|
Brazzaville|San José|Zagreb|Havana|Nicosia|Prague|Copenhagen|Djibouti|Santo Domingo|Dili|Quito|
Cairo|San Salvador|Malabo|Asmara|Tallinn|Addis Ababa|Suva|Helsinki|Paris|Libreville|Banjul|
Tbilisi|Berlin|Accra|Athens|Guatemala City|Conakry|Bissau|Georgetown|Port-au-Prince|Tegucigalpa|
Budapest|Reykjavik|Reykjavík|New Delhi|Delhi|Jakarta|Tehran|Baghdad|Dublin|Jerusalem|Tel Aviv|
Rome|Yamoussoukro|Abidjan|Kingston|Tokyo|Amman|Astana|Nairobi|Pristina|Kuwait City|Bishkek|
Vientiane|Riga|Beirut|Maseru|Monrovia|Tripoli|Vaduz|Vilnius|Luxembourg|Antananarivo|Lilongwe|
Kuala Lumpur|Putrajaya|Malé|Bamako|Valletta|Nouakchott|Port Louis|Mexico City|Chișinău|Chisinau|
Ulaanbaatar|Podgorica|Rabat|Maputo|Naypyidaw|Yangon|Windhoek|Kathmandu|Amsterdam|The Hague|
Wellington|Managua|Niamey|Abuja|Lagos|Pyongyang|Skopje|Oslo|Muscat|Islamabad|Ramallah|
Panama City|Port Moresby|Asunción|Lima|Manila|Warsaw|Lisbon|Doha|Bucharest|Moscow|Kigali|Apia|
Riyadh|Dakar|Belgrade|Victoria|Freetown|Singapore|Bratislava|Ljubljana|Mogadishu|Pretoria|
Cape Town|Johannesburg|Seoul|Juba|Madrid|Colombo|Khartoum|Paramaribo|Stockholm|Bern|Damascus|
Taipei|Dushanbe|Dodoma|Dar es Salaam|Bangkok|Lomé|Port of Spain|Tunis|Ankara|Istanbul|Ashgabat|
Kampala|Kyiv|Kiev|Abu Dhabi|Dubai|London|Washington|Washington, D.C.|Montevideo|Tashkent|Caracas|
Hanoi|Ho Chi Minh City|Sanaa|Lusaka|Harare|Edinburgh|Cardiff|Belfast|
New York|Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|
San Francisco|Seattle|Boston|Miami|Atlanta|Denver|Detroit|Las Vegas|Baltimore|Minneapolis|
New Orleans|Portland|Pittsburgh|Cleveland|St Louis|Nashville|Austin|Toronto|Montreal|Vancouver|
Calgary|Quebec|Sydney|Melbourne|Brisbane|Perth|Adelaide|Auckland|Christchurch|Manchester|
Birmingham|Liverpool|Leeds|Glasgow|Bristol|Sheffield|Newcastle|Nottingham|Leicester|Oxford|
Cambridge|Cork|Galway|Limerick|Hamburg|Munich|Cologne|Frankfurt|Stuttgart|Düsseldorf|
Dusseldorf|Dortmund|Leipzig|Dresden|Hanover|Bremen|Nuremberg|Bonn|Marseille|Lyon|Toulouse|
Nice|Nantes|Strasbourg|Bordeaux|Lille|Milan|Naples|Turin|Palermo|Genoa|Bologna|Florence|Venice|
Barcelona|Valencia|Seville|Bilbao|Málaga|Malaga|Marbella|Porto|Rotterdam|Utrecht|Eindhoven|
Antwerp|Ghent|Liège|Geneva|Zurich|Zürich|Basel|Lausanne|Salzburg|Graz|Innsbruck|Gothenburg|
Malmö|Malmo|Uppsala|Bergen|Trondheim|Stavanger|Aarhus|Odense|Aalborg|Tampere|Turku|Kraków|
Krakow|Gdańsk|Gdansk|Wrocław|Wroclaw|Poznań|Poznan|Łódź|Lodz|Szczecin|Katowice|Lublin|Brno|
Ostrava|Košice|Debrecen|Cluj-Napoca|Thessaloniki|Split|Saint Petersburg|St Petersburg|
St. Petersburg|Novosibirsk|Yekaterinburg|Kazan|Sochi|Vladivostok|Kharkiv|Odesa|Odessa|Lviv|
Dnipro|Mariupol|Donetsk|Luhansk|Sevastopol|Izmir|Antalya|Tel Aviv|Haifa|Gaza|Gaza City|
Jeddah|Mecca|Medina|Basra|Mosul|Erbil|Aleppo|Alexandria|Casablanca|Marrakesh|Kano|Ibadan|
Mombasa|Durban|Karachi|Lahore|Peshawar|Mumbai|Bombay|Kolkata|Calcutta|Chennai|Bangalore|
Bengaluru|Hyderabad|Ahmedabad|Pune|Chittagong|Shanghai|Guangzhou|Shenzhen|Chongqing|Tianjin|
Wuhan|Chengdu|Hangzhou|Nanjing|Xi'an|Hong Kong|Macau|Osaka|Kyoto|Yokohama|Nagoya|Sapporo|
Fukuoka|Hiroshima|Busan|Incheon|Kaohsiung|Surabaya|Bandung|Medan|Denpasar|Cebu|Davao|
Penang|George Town|Johor Bahru|Kota Kinabalu|Kuching|Chiang Mai|Phuket|Ho Chi Minh|Da Nang|
São Paulo|Sao Paulo|Rio de Janeiro|Salvador|Belo Horizonte|Recife|Porto Alegre|Fortaleza|
Curitiba|Manaus|Medellín|Medellin|Cali|Guadalajara|Monterrey|Tijuana|Cancún|Córdoba|Rosario|
Valparaíso|Guayaquil|Havana|Montego Bay|Honolulu|Anchorage|Oakland|Sacramento|San Jose|
Tampa|Orlando|Charlotte|Raleigh|Richmond|Indianapolis|Columbus|Cincinnati|Milwaukee|
Kansas City|Salt Lake City|Albuquerque|Tucson|Brooklyn|Manhattan|Geelong|Hobart|Darwin|
Canberra|Strasbourg|Davos|Munich|Brussels|Nur-Sultan|Almaty|Samarkand|Tbilisi|Yerevan
"""
    )
)

REGIONS: frozenset[str] = frozenset(
    [
        *_bars(
            """
Europe|Asia|Africa|North America|South America|Latin America|Central America|Oceania|
Antarctica|Arctic|the Arctic|Middle East|the Middle East|Near East|Far East|Eastern Europe|
Western Europe|Central Europe|Northern Europe|Southern Europe|Southeast Asia|South-East Asia|
South Asia|East Asia|Central Asia|West Africa|East Africa|North Africa|Southern Africa|
Sub-Saharan Africa|Horn of Africa|Sahel|the Sahel|Balkans|the Balkans|Western Balkans|
Baltic states|the Baltic states|Baltics|the Baltics|Baltic|Scandinavia|Nordic countries|
Caucasus|the Caucasus|South Caucasus|Caribbean|the Caribbean|Pacific|the Pacific|Asia-Pacific|
Indo-Pacific|Gulf|the Gulf|Persian Gulf|Mediterranean|the Mediterranean|North Sea|Baltic Sea|
Black Sea|South China Sea|East China Sea|Red Sea|Sulawesi Sea|Atlantic|the Atlantic|
Indian Ocean|Iberia|Benelux|Levant|the Levant|West Bank|Gaza Strip|Crimea|Donbas|Siberia|
Kashmir|Tibet|Xinjiang|Patagonia|Amazon|Sahara|Korean Peninsula|Scottish Highlands|
the West|the Global South|Eurozone|the eurozone
"""
        ),
        # States and provinces the news names bare. Left out: those that are also common
        # given names ("Victoria", "Virginia", "Carolina", "Georgia" is the country), since a place
        # word is never read as part of a person's name.
        *_bars(
            """
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|
Idaho|Illinois|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|
Minnesota|Mississippi|Missouri|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|
North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|
South Dakota|Tennessee|Texas|Utah|Vermont|West Virginia|Wisconsin|Wyoming|
Ontario|Quebec|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|British Columbia|
Newfoundland|Queensland|New South Wales|Tasmania|Western Australia|South Australia|
Bavaria|Saxony|Hesse|Thuringia|Brandenburg|North Rhine-Westphalia|Baden-Württemberg|
Lower Saxony|Catalonia|Andalusia|Galicia|Lombardy|Tuscany|Sicily|Sardinia|Bavarian Alps|
Brittany|Normandy|Provence|Corsica|Flanders|Wallonia|Scotland|Wales|England|Northern Ireland|
Hebei|Henan|Hubei|Hunan|Guangdong|Guangxi|Sichuan|Yunnan|Zhejiang|Jiangsu|Fujian|Shandong|
Shanxi|Shaanxi|Anhui|Jiangxi|Liaoning|Jilin|Heilongjiang|Gansu|Hainan|Inner Mongolia|
Punjab|Kerala|Gujarat|Maharashtra|Bihar|Rajasthan|Tamil Nadu|Uttar Pradesh|West Bengal|
Karnataka|Assam|Sindh|Balochistan|Khyber Pakhtunkhwa|Mindanao|Java|Sumatra|Borneo|Bali|
Chiapas|Oaxaca|Sonora|Jalisco|Bahia|Minas Gerais|Rio Grande do Sul|Amazonas|Patagonia
"""
        ),
    ]
)

_FOLDED: dict[str, str] = {}
for _name, _canon in COUNTRIES.items():
    _FOLDED[_name.casefold()] = _canon
for _city in CITIES:
    _FOLDED.setdefault(_city.casefold(), _city)
for _region in REGIONS:
    _FOLDED.setdefault(_region.casefold(), _region.removeprefix("the "))


# The extractors ask about the same few words again and again.
@lru_cache(maxsize=8192)
def place_name(text: str) -> str | None:
    """The canonical name when `text` is a country (or alias), a city or a region, else None.

    Case matters for short all-capital aliases ("US" is a country, "us" is not).
    """
    key = " ".join(text.split()).strip(" ,.;:")
    if not key:
        return None
    if key in COUNTRIES:
        return COUNTRIES[key]
    if key.isupper() and len(key) <= 4 and key not in COUNTRIES:
        return None
    if not key[0].isupper():
        return None
    return _FOLDED.get(key.casefold())


def country_name(text: str) -> str | None:
    """The canonical country for a country name, alias or demonym; None for anything else."""
    key = " ".join(text.split()).strip(" ,.;:")
    return COUNTRIES.get(key) or DEMONYMS.get(key)
