"""Words that mark a person: honorifics, titles, role nouns, name particles and suffixes.

Generic vocabulary only; never the names of specific people.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Honorifics before a name: enough on their own to make the name a person.
HONORIFICS: frozenset[str] = _words(
    """
    Mr Mr. Mrs Mrs. Ms Ms. Mx Dr Dr. Prof Prof. Professor Sir Dame Lord Lady Baroness Baron
    Rev Rev. Reverend Father Sister Brother Sheikh Sheik Imam Rabbi Cardinal Bishop Archbishop
    Pastor
    Pope King Queen Prince Princess Duke Duchess Countess Emperor Empress Monsieur Madame
    Herr Frau Senor Señor Senora Señora Dato Datuk Tun Rt Rt. Revd Revd.
    """
)

# Nouns that head a role or office ("Foreign Minister", "chief executive", "head coach").
ROLE_HEADS: frozenset[str] = _words(
    """
    minister ministers secretary president vice-president premier chancellor mayor governor
    speaker rep rep. sen sen. gov. congressmember assemblyman assemblywoman
    director-general attorney-general solicitor-general auditor-general inspector-general
    surgeon-general director-generals
    senator congressman congresswoman lawmaker legislator mp meps mep councillor councilor
    alderman ambassador envoy diplomat consul spokesman spokeswoman spokesperson commissioner
    chairman chairwoman chair chairperson director executive officer ceo cfo coo cto founder
    co-founder owner head manager coach captain midfielder striker forward defender goalkeeper
    winger player chief judge justice magistrate prosecutor barrister solicitor lawyer attorney
    counsel advocate general admiral colonel commander lieutenant sergeant major captain officer
    inspector superintendent constable detective sheriff economist analyst researcher scientist
    professor lecturer doctor surgeon nurse epidemiologist adviser advisor aide negotiator leader
    deputy secretary-general secretary-general president-elect ruler monarch king queen prince
    princess editor reporter correspondent journalist author writer artist actor actress singer
    musician treasurer auditor regulator ombudsman registrar dean rector principal teacher
    partner trustee governor-general premier taoiseach tánaiste president chairperson
    administrator coordinator organiser organizer campaigner activist spokesperson
    representative delegate observer priest bishop pastor imam rabbi pilot engineer
    architect developer investor entrepreneur banker trader
    schoolteacher businessman businesswoman rancher spinner batsman opener wicketkeeper
    all-rounder seamer paceman jockey cyclist sprinter swimmer boxer golfer
    star contender candidate nominee hopeful challenger incumbent frontrunner front-runner
    rival driver racer rider team-mate teammate mate champion runner-up winner boss veteran
    rookie youngster teenager legend icon skipper footballer cricketer athlete runner
    pitcher catcher shortstop outfielder infielder quarterback linebacker slugger
    strategist operative staffer lobbyist consultant donor official politician
    billionaire millionaire tycoon magnate mogul financier philanthropist celebrity
    presenter host comedian rapper designer chef filmmaker photographer columnist
    commentator blogger historian expert academic physician psychologist pharmacist
    paramedic firefighter policeman policewoman soldier student pupil
    suspect gunman attacker bomber killer plaintiff claimant whistleblower dissident
    victim survivor witness wife husband son daughter mother widow widower fiancee fiancée
    girlfriend boyfriend grandmother grandfather granddaughter grandson niece nephew
    investigator mediator arbitrator assessor examiner controller comptroller curator warden
    governor-designate envoy-designate
    farmer fisherman fisherwoman shopkeeper vendor villager resident labourer laborer mechanic
    electrician cleaner waiter waitress cook baker builder carpenter plumber tailor porter
    docker dockworker miner retiree pensioner homeowner tenant landlord commuter motorist
    poet novelist playwright painter sculptor composer screenwriter illustrator
    referee umpire grandmaster regent astronomer palaeontologist paleontologist mathematician
    physicist chemist biologist geologist archaeologist astrophysicist climatologist
    virologist economist accountant roofer midwife member bowler frontman frontwoman
    guitarist drummer bassist vocalist conductor dancer choreographer archbishop cardinal
    patriarch cleric chaplain vicar monk nun
    """
)

# Words that can stand before a role head as part of the role ("Deputy", "Foreign", "technical").
ROLE_MODIFIERS: frozenset[str] = _words(
    """
    deputy vice acting interim former senior junior chief head prime foreign home interior
    defence defense finance health climate energy environment justice education trade
    economy economic transport labour labor culture agriculture digital science research
    technical financial operating executive commercial sporting general national regional
    local city state federal assistant associate managing principal lead first second
    opposition shadow permanent special public press communications policy global
    international european junior attorney supreme high district crown county municipal
    technology information marketing legal medical nursing security intelligence military
    police fire immigration housing industry development sports sport team club party
    parliamentary presidential royal associate independent non-executive co lord majority
    minority
    """
)

# Multi-word offices whose last word is not in ROLE_HEADS but which still end a role.
ROLE_PHRASES: tuple[str, ...] = (
    "secretary of state",
    "minister of state",
    "chief of staff",
    "head of state",
    "head of government",
    "attorney general",
    "surgeon general",
    "prime minister",
)

# Roles of government: a demonym or country next to them names the affiliation.
GOVERNMENT_HEADS: frozenset[str] = _words(
    """
    minister president premier chancellor secretary ambassador envoy diplomat consul
    senator congressman congresswoman lawmaker mp mep taoiseach tánaiste king queen
    prince monarch ruler governor negotiator spokesman spokeswoman spokesperson
    secretary-general commissioner
    """
)

# Roles in a court, whose affiliation is the court named in the article.
COURT_HEADS: frozenset[str] = _words("judge justice magistrate")

# Lower-case particles inside names ("bin", "van der", "de la").
NAME_PARTICLES: frozenset[str] = _words(
    "bin binti bint ibn van von der den de del della di da das do dos du la le el al ter ten zu"
)

# Suffixes after a name that are not part of it ("KC", "Jr").
NAME_SUFFIXES: frozenset[str] = _words("KC QC MP MEP MSP TD Jr Jr. Sr Sr. II III IV OBE MBE CBE")

# Plural nouns for groups that act in the news ("councillors voted", "residents said").
GROUP_NOUNS: frozenset[str] = _words(
    """
    residents investors councillors councilors meps lawmakers legislators senators officials
    diplomats protesters demonstrators workers employees unions farmers doctors nurses teachers
    students parents voters shareholders analysts economists scientists researchers activists
    campaigners prosecutors police rebels militants troops soldiers fans supporters critics
    negotiators ministers leaders delegates experts victims families patients passengers
    rescuers insurgents gunmen fighters attackers firefighters paramedics witnesses survivors
    villagers mourners
    """
)

# Capitalised nouns for one person by party, nation or faith: "the Democrat said" is someone.
CAPITALISED_PERSON_NOUNS: frozenset[str] = _words(
    """
    Democrat Republican Conservative Tory Liberal Socialist Labourite Brit Briton Finn Swede
    Dane Scot Pole Kiwi Aussie Yank Frenchman Englishman Welshman Irishman Scotsman Dutchman
    Spaniard Catholic Protestant Muslim Jew Hindu Sikh Buddhist
    """
)

# The same nouns for a party's members together, who act as a group: "Democrats said".
PARTY_GROUP_NOUNS: frozenset[str] = _words(
    "Democrats Republicans Conservatives Tories Liberals Socialists Labourites Greens"
)

# Words that end a name chunk's reading as a person: time words and sentence openers.
NOT_NAME_WORDS: frozenset[str] = _words(
    """
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday Tomorrow
    The A An This That These Those It Its He She They We I You His Her Their Our But And Or
    So Yet However Meanwhile In On At For After Before When While Although Though If As
    There Here Some Many Most Both Each Other Another One Two Three Four Five Six Seven Eight
    Nine Ten No Not Last Next Earlier Later Still Also Speaking Asked According Under Over
    Following Despite During Since Until Without With From By Of To Into About Against Between
    Several Any All Every Such What Who Whom Whose Which Why How Where Then Now Once Only Even
    Just More Less Much Few Lots Neither Either Nor Let Please Thank Thanks Yes Okay Ok Sunday
    Christmas Easter Ramadan Twitter Facebook Instagram YouTube TikTok
    Google Getty Images Reuters AFP AP Photo Photograph Picture Image Video Watch Read Click
    Share Follow Subscribe Advertisement Storm Hurricane Typhoon Cyclone Act Bill Law Treaty
    Regulation Regulations Directive Code Charter Protocol Framework Strategy Scheme
    Convention Agreement Accord Declaration Plan Programme Program Prize Award Cup League
    Championship Championships Games Olympics Festival Summit Conference Forum Day Week Year
    Street Road Avenue Square Bridge Airport Station Arena Stadium Hall Centre Center
    Buildings Building House Palace Tower Island Islands River Lake Mountain Mount Sea Ocean
    Bay Coast Valley Hill Hills Beach Church Cathedral Mosque Temple Hospital Prison Highway
    Province Prefecture Oblast Canton
    God Allah Internet Web Online News Times Post Daily Herald Journal Magazine
    Show Series Season Episode Film Movie Album Song Book Edition Version Model App Apps
    View Views Photos Photographs Images Pictures Videos Gallery Caption Credit Above Below
    Fall Spring Summer Winter Autumn Breaking Live Update Updated Exclusive
    """
)

# Words of a web page's furniture that run into names in scraped text ("Invalid Email Jane
# Doe", "John Roe Previously"): a name stops at them.
PAGE_CHROME_WORDS: frozenset[str] = _words(
    """
    Invalid Email Previously Embed Loading Skip Ad Ads Advertisement Sign Login Newsletter
    Comments Share Reporting Updated Published Subscribe Related Getty Play
    """
)
