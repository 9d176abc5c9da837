"""Words that mark an organisation, and the acronyms of ones the news names without spelling out."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# A capitalised name containing one of these is an organisation ("Serious Fraud Office").
ORG_CUES: frozenset[str] = _words(
    """
    Ministry Ministries Department Commission Council Court Tribunal Office Agency Authority
    Bank Group Secretariat Parliament Assembly Congress Senate Committee Laboratory Laboratories
    Institute Institution University College School Academy Foundation Trust Fund Association
    Federation Union Alliance Coalition Party Movement Front Organization Organisation
    Corporation Corp Corp. Company Co Co. Inc Inc. Ltd Ltd. Plc PLC LLC AG SA SE NV BV GmbH AB ASA
    Holdings Industries Airlines Airways Motors Energy Petroleum Oil Gas Telecom Systems
    Technologies Labs Pharmaceuticals Pharma Bancorp Insurance Capital Partners Investments
    Ventures Media International
    Network Networks News Broadcasting Service Services Executive Board Bureau Directorate
    Inspectorate Police Army Navy Force Forces Guard Command Centre Center Exchange Fed Reserve
    Nations Club FC CF AFC Church Society Institute Observatory Programme Program Mission Branch
    Embassy Consulate Cabinet Government Administration Regulator Watchdog Registry Dialogue
    Forum Consortium Cooperative Co-operative Syndicate Confederation
    Mining Resources Logistics Shipping Chemicals Foods Electric Electronics Utilities Biotech
    Semiconductor Semiconductors Software Robotics Aerospace Railways Transport Construction
    Engineering Healthcare Securities Markets Holding Motor Automotive Mobility Telecoms
    Communications Entertainment Studios Brewery Refining Cement
    Hospital Hospitals Infirmary Clinic Survey Museum Library Gallery Theatre Theater Orchestra
    Opera Mosque Temple Synagogue Cathedral Airport Division Brigade Regiment Battalion Chamber
    Institutet Pharmacy Textiles Solar
    Times Post Journal Herald Telegraph Tribune Gazette Chronicle Observer Press Newspaper
    Deutsche Française Nederlandse Svenska Norske
    """
)

# Lower-case nouns that introduce an organisation's name ("logistics group Vestholm").
ORG_INTRODUCERS: frozenset[str] = _words(
    """
    group company firm bank lender insurer carrier airline operator maker manufacturer
    retailer producer developer conglomerate startup start-up giant club team side
    broadcaster network newspaper publisher agency regulator watchdog union party charity
    organisation organization provider platform chain brand supplier distributor exporter
    importer miner utility fund investor owner rival refiner chipmaker carmaker automaker
    media daily tabloid outlet broadsheet
    drugmaker steelmaker shipbuilder consultancy cooperative federation foundation institute
    association
    """
)

# Introducing nouns that also describe a person ("rival Donald Trump", "owner Tom Ricketts"):
# after them only a one-word name or one with a cue word is taken for an organisation.
PERSON_INTRODUCERS: frozenset[str] = _words("rival owner investor developer producer team side")

# Lower-case nouns that follow an organisation's name ("the Borsa Istanbul stock exchange").
ORG_TRAILERS: tuple[str, ...] = (
    "news agency",
    "stock exchange",
    "exchange",
    "group",
    "company",
    "bank",
    "party",
    "club",
    "agency",
    "council",
    "foundation",
    "university",
    "newspaper",
    "broadcaster",
)

# Acronyms of organisations common enough in the news to be named bare ("NATO said").
KNOWN_ACRONYMS: frozenset[str] = _words(
    """
    NATO EU UN UNESCO UNICEF UNHCR WHO WTO IMF OECD OPEC ASEAN AU ECB IAEA ICC ICJ FBI CIA NSA
    NHS BBC CNN ABC NBC CBS FIFA UEFA IOC OSCE G7 G20 SEC FDA EPA HSE IND NASA CERN ISIS
    NAACP AIPAC ESA
    """
)

# All-capital words that are not organisations (roles, units, formats, place abbreviations).
NOT_ACRONYMS: frozenset[str] = _words(
    """
    I II III IV V VI KC QC MP MEP MEPS MSP TD CEO CFO COO CTO OK AM PM GMT UTC BST CET TV
    AI MMR GDP USD EUR GBP PDF NB PS UK US USA UAE DRC COVID PR HIV AIDS DNA ID IT
    GP POTUS MVP RBI RBIS SUV CT MRI VIP VIPS JR DC LA NYC
    """
)

# Nouns of the bodies a role can open with ("Council leader", "union spokesman", "Police
# chief"): the role belongs to the one body of that kind the article names.
BODY_ROLE_WORDS: frozenset[str] = _words(
    """
    council union party court police club bank committee commission ministry department
    agency university parliament senate assembly federation association
    """
)
