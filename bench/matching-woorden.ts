/**
 * Word material for the matching bench's synthetic Dutch texts. Unlike the marketplace seed (a few
 * dozen phrases, so that common words match a third of all rows), this gives each theme its own
 * vocabulary plus compounds made of theme-specific parts, so that the index holds tens of thousands
 * of distinct stems with a long tail: BM25's IDF then separates rare, telling terms from common ones,
 * as it must on real descriptions.
 */

/** Per theme code of the reference data: specific words and short phrases, most typical first. */
export const themaWoorden: Record<string, readonly string[]> = {
  'data-en-ai': [
    'kunstmatige intelligentie', 'machine learning', 'datagedreven werken', 'data-analyse', 'voorspellende modellen', 'datakwaliteit',
    'dashboards', 'datawetenschap', 'neurale netwerken', 'taalmodellen', 'classificatie', 'clustering', 'tekstanalyse', 'beeldherkenning',
    'datasets', 'trainingsdata', 'datagedreven beleid', 'datastrategie', 'datacatalogus', 'dataplatform', 'data-engineering', 'statistiek',
    'regressie', 'anomaliedetectie', 'uitlegbaarheid', 'generatieve AI', 'chatbots', 'datapijplijnen', 'datavisualisatie', 'prognoses',
  ],
  cybersecurity: [
    'informatiebeveiliging', 'digitale weerbaarheid', 'phishing', 'ransomware', 'penetratietesten', 'kwetsbaarheden', 'incidentrespons',
    'dreigingsinformatie', 'security operations center', 'netwerksegmentatie', 'versleuteling', 'toegangsbeheer', 'logging', 'monitoring',
    'Baseline Informatiebeveiliging Overheid', 'risicoanalyse', 'zero trust', 'beveiligingsbewustzijn', 'hackers', 'malware', 'firewalls',
    'patchmanagement', 'responsible disclosure', 'cyberaanvallen', 'digitale sabotage', 'herstelplannen', 'back-ups', 'inbraakdetectie',
  ],
  informatiehuishouding: [
    'archivering', 'Archiefwet', 'bewaartermijnen', 'selectielijsten', 'metadata', 'documentbeheer', 'zaaksystemen', 'e-mailarchivering',
    'duurzame toegankelijkheid', 'informatiebeheer', 'records management', 'vernietiging', 'overbrenging', 'e-depot', 'chatberichten',
    'informatieobjecten', 'zaakgericht werken', 'archiefinspectie', 'documentstromen', 'scanprocessen', 'digitaliseren', 'openbaarmaking',
    'informatieketens', 'informatieplannen', 'archiefvorming', 'rubricering', 'waardering', 'collaboratieplatforms',
  ],
  'open-overheid': [
    'Wet open overheid', 'Woo-verzoeken', 'openbaarheid', 'open data', 'actieve openbaarmaking', 'transparantie', 'lakken', 'anonimiseren',
    'open standaarden', 'publicatieplatform', 'burgerparticipatie', 'verantwoording', 'open source', 'dataportaal', 'hergebruik',
    'informatieverzoeken', 'openbare documenten', 'beslistermijnen', 'open besluitvorming', 'toegankelijke publicaties', 'inventarislijsten',
    'klokkenluiders', 'rekenkamer', 'jaarverslagen', 'parlementaire vragen', 'open overheid',
  ],
  'digitale-identiteit': [
    'DigiD', 'eHerkenning', 'identiteitsbeheer', 'authenticatie', 'machtigingen', 'digitale handtekening', 'European Digital Identity Wallet',
    'wallets', 'attributen', 'verifieerbare credentials', 'identiteitsfraude', 'paspoorten', 'biometrie', 'inlogmiddelen', 'betrouwbaarheidsniveaus',
    'gegevensuitwisseling', 'zelfsoevereine identiteit', 'eIDAS', 'registratie', 'basisregistratie personen', 'burgerservicenummer',
    'vertegenwoordiging', 'digitale toegang',
  ],
  'digitale-dienstverlening': [
    'dienstverlening', 'gebruiksvriendelijkheid', 'klantreizen', 'formulieren', 'service design', 'gebruikersonderzoek', 'loketten',
    'klantcontact', 'omnichannel', 'levensgebeurtenissen', 'proactieve dienstverlening', 'berichtenbox', 'mijnomgevingen', 'apps',
    'begrijpelijke taal', 'klanttevredenheid', 'doorlooptijden', 'zaakstatus', 'notificaties', 'contactcentra', 'digitale balies',
    'prototypes', 'usability-tests', 'persona', 'dienstverleningsconcept',
  ],
  'digitale-inclusie': [
    'digitale toegankelijkheid', 'WCAG', 'inclusie', 'laaggeletterdheid', 'digitale kloof', 'ouderen', 'schermlezers', 'toegankelijkheidsverklaringen',
    'hulp bij digitale zaken', 'informatiepunten', 'bibliotheken', 'taalniveau B1', 'beperkingen', 'kwetsbare groepen', 'ondersteuning',
    'toegankelijke formulieren', 'gebarentaal', 'ondertiteling', 'contrast', 'toetsenbordbediening', 'audits', 'ervaringsdeskundigen',
  ],
  'privacy-ethiek-recht': [
    'AVG', 'gegevensbescherming', 'privacy', 'DPIA', 'ethiek', 'mensenrechten', 'grondrechten', 'verwerkingsregisters', 'doelbinding',
    'dataminimalisatie', 'rechtmatigheid', 'toestemming', 'functionaris gegevensbescherming', 'datalekken', 'profilering', 'discriminatie',
    'IAMA', 'wetgevingsjuristen', 'juridische kaders', 'digitale rechtsstaat', 'bezwaarprocedures', 'rechtsbescherming', 'privacy by design',
  ],
  'algoritmen-toezicht': [
    'algoritmes', 'algoritmeregister', 'toetsingskader', 'algoritmetoezicht', 'bias', 'menselijke tussenkomst', 'risicoprofielen',
    'AI-verordening', 'audits van algoritmes', 'fairness', 'modelvalidatie', 'beslisregels', 'impactanalyse', 'verantwoorde inzet',
    'toezichthouders', 'inspecties', 'risicoselectie', 'controleerbaarheid', 'documentatie van modellen', 'hoog-risico systemen',
  ],
  'cloud-infrastructuur': [
    'cloudmigratie', 'cloud', 'rijkscloud', 'datacenters', 'containers', 'Kubernetes', 'infrastructuur als code', 'netwerken', 'werkplekken',
    'soevereiniteit', 'leveranciersafhankelijkheid', 'exitstrategie', 'hybride cloud', 'opslag', 'virtualisatie', 'beschikbaarheid',
    'schaalbaarheid', 'kostenbeheersing', 'beheerprocessen', 'DevOps', 'platformteams', 'edge computing', 'serverless',
  ],
  'software-architectuur': [
    'softwarearchitectuur', 'legacy-systemen', 'modernisering', 'microservices', 'API', 'Common Ground', 'integratie', 'referentiearchitectuur',
    'enterprise-architectuur', 'ontwikkelstraat', 'testautomatisering', 'codekwaliteit', 'technische schuld', 'COBOL', 'migratiepaden',
    'componenten', 'koppelvlakken', 'berichtenverkeer', 'event-driven', 'domeinmodellen', 'low-code', 'agile werken', 'scrumteams',
  ],
  blockchain: [
    'blockchain', 'distributed ledger', 'smart contracts', 'tokens', 'consensusmechanismen', 'decentrale registers', 'cryptografie',
    'verifieerbare gegevens', 'diploma-registers', 'ketensamenwerking', 'onveranderlijkheid', 'pilots met blockchain', 'hashfuncties',
  ],
  egovernance: [
    'digitale overheid', 'sturing', 'governance', 'informatievoorziening', 'CIO-stelsel', 'portfoliomanagement', 'I-strategie',
    'digitale transformatie', 'Werkagenda', 'interbestuurlijke samenwerking', 'ketenregie', 'baten', 'business cases', 'projectbeheersing',
    'aanbesteding', 'inkoop van ICT', 'opdrachtgeverschap', 'adviescollege ICT-toetsing', 'beleidsevaluatie', 'regelgeving', 'uitvoerbaarheid',
  ],
  'duurzame-it': [
    'duurzame IT', 'energieverbruik', 'CO2-uitstoot', 'circulaire hardware', 'hergebruik van laptops', 'groene software', 'datacenterefficientie',
    'levensduur', 'e-waste', 'koeling', 'duurzaam inkopen', 'klimaatdoelen', 'energielabels', 'restwarmte', 'meetmethoden',
  ],
  'digitale-vaardigheden': [
    'digitale vaardigheden', 'opleiden', 'leerlijnen', 'e-learning', 'ambtenaren', 'bijscholing', 'digitale geletterdheid', 'talentontwikkeling',
    'traineeships', 'leiderschap', 'cultuurverandering', 'Rijksacademie', 'competenties', 'arbeidsmarkt', 'ICT-personeel', 'omscholing',
    'leerwerkplekken', 'mentoren', 'kennisdeling', 'communities of practice',
  ],
  'geo-iot': [
    'geodata', 'sensoren', 'Internet of Things', 'digitale tweelingen', 'kaarten', 'geografische informatiesystemen', 'satellietbeelden',
    'luchtkwaliteit', 'waterstanden', 'verkeersdata', 'slimme steden', 'puntenwolken', '3D-modellen', 'basisregistratie adressen',
    'omgevingswet', 'ruimtelijke plannen', 'dronebeelden', 'meetnetten', 'bodemdata',
  ],
};

/**
 * Parts of compounds per theme (left parts and right parts): 'archief' + 'beheer' -> 'archiefbeheer'.
 * Dutch writes compounds as one word, so each is its own stem in the index: rare terms by the thousand.
 */
export const themaStammen: Record<string, readonly [readonly string[], readonly string[]]> = {
  'data-en-ai': [['data', 'model', 'algoritme', 'voorspel', 'analyse', 'tekst', 'beeld', 'taal', 'leer', 'signaal'], ['kwaliteit', 'platform', 'team', 'pijplijn', 'techniek', 'methode', 'resultaat', 'omgeving', 'set', 'strategie']],
  cybersecurity: [['beveiligings', 'dreigings', 'incident', 'netwerk', 'toegangs', 'sleutel', 'aanvals', 'crisis', 'herstel', 'detectie'], ['beleid', 'maatregel', 'oefening', 'scenario', 'analyse', 'centrum', 'proces', 'niveau', 'plan', 'regel']],
  informatiehuishouding: [['archief', 'document', 'zaak', 'informatie', 'bewaar', 'selectie', 'metadata', 'dossier', 'post', 'registratie'], ['beheer', 'systeem', 'stroom', 'termijn', 'lijst', 'schema', 'standaard', 'kwaliteit', 'proces', 'plan']],
  'open-overheid': [['openbaarheids', 'publicatie', 'transparantie', 'verzoek', 'participatie', 'inventaris', 'besluit', 'dossier'], ['regeling', 'termijn', 'portaal', 'proces', 'register', 'plicht', 'index', 'verslag']],
  'digitale-identiteit': [['identiteits', 'inlog', 'machtigings', 'authenticatie', 'attribuut', 'wallet', 'fraude', 'toegangs'], ['middel', 'stelsel', 'dienst', 'niveau', 'register', 'controle', 'proces', 'gegevens']],
  'digitale-dienstverlening': [['klant', 'dienst', 'contact', 'formulier', 'gebruikers', 'service', 'loket', 'bericht'], ['reis', 'kanaal', 'ervaring', 'onderzoek', 'ontwerp', 'proces', 'centrum', 'verkeer']],
  'digitale-inclusie': [['toegankelijkheids', 'inclusie', 'taal', 'hulp', 'ondersteunings', 'drempel'], ['eis', 'toets', 'niveau', 'punt', 'aanbod', 'verklaring', 'onderzoek']],
  'privacy-ethiek-recht': [['privacy', 'gegevens', 'verwerkings', 'ethiek', 'rechts', 'grondrechten', 'toestemmings'], ['toets', 'register', 'beleid', 'commissie', 'kader', 'analyse', 'grondslag']],
  'algoritmen-toezicht': [['algoritme', 'toezicht', 'risico', 'model', 'beslis', 'audit', 'selectie'], ['register', 'kader', 'profiel', 'validatie', 'regel', 'methode', 'rapport']],
  'cloud-infrastructuur': [['cloud', 'infrastructuur', 'container', 'netwerk', 'werkplek', 'opslag', 'server', 'platform'], ['dienst', 'strategie', 'beheer', 'migratie', 'omgeving', 'capaciteit', 'contract', 'architectuur']],
  'software-architectuur': [['software', 'architectuur', 'applicatie', 'integratie', 'code', 'systeem', 'test', 'release'], ['landschap', 'principe', 'kwaliteit', 'patroon', 'straat', 'component', 'proces', 'beheer']],
  blockchain: [['blockchain', 'ledger', 'token', 'keten', 'contract'], ['toepassing', 'netwerk', 'register', 'protocol', 'pilot']],
  egovernance: [['informatie', 'sturings', 'portfolio', 'programma', 'project', 'keten', 'beleids'], ['strategie', 'model', 'raad', 'overleg', 'agenda', 'kader', 'evaluatie']],
  'duurzame-it': [['energie', 'duurzaamheids', 'klimaat', 'hardware', 'circulariteits', 'uitstoot'], ['verbruik', 'doel', 'norm', 'beleid', 'meting', 'rapportage']],
  'digitale-vaardigheden': [['opleidings', 'leer', 'talent', 'vaardigheids', 'kennis', 'ontwikkel'], ['programma', 'traject', 'aanbod', 'plan', 'niveau', 'netwerk']],
  'geo-iot': [['sensor', 'geo', 'kaart', 'meet', 'satelliet', 'omgevings'], ['data', 'netwerk', 'model', 'dienst', 'platform', 'informatie']],
};

/** Words of any text about the government's digital practice: common across themes (low IDF). */
export const algemeneWoorden = [
  'organisatie', 'medewerkers', 'burgers', 'bedrijven', 'processen', 'systemen', 'kwaliteit', 'onderzoek', 'praktijk', 'overheid',
  'beleid', 'uitvoering', 'samenwerking', 'kennis', 'ervaring', 'resultaten', 'aanbevelingen', 'advies', 'verbetering', 'innovatie',
  'ontwikkeling', 'toekomst', 'vraagstukken', 'oplossingen', 'aanpak', 'methoden', 'instrumenten', 'gegevens', 'informatie', 'toepassing',
  'studenten', 'docenten', 'onderzoekers', 'opdrachtgevers', 'partners', 'ketenpartners', 'gemeenten', 'provincies', 'ministeries', 'uitvoeringsorganisaties',
  'projecten', 'programma', 'pilots', 'experimenten', 'evaluatie', 'analyse', 'inzicht', 'overzicht', 'verantwoording', 'risico',
  'wetgeving', 'regels', 'eisen', 'normen', 'standaarden', 'kaders', 'afspraken', 'doelen', 'kosten', 'budget',
];

/** Verbs (infinitive), for sentences. */
export const werkwoorden = [
  'onderzoeken', 'verbeteren', 'ontwerpen', 'evalueren', 'analyseren', 'toetsen', 'vernieuwen', 'verkennen', 'meten', 'beveiligen',
  'ontwikkelen', 'implementeren', 'vergelijken', 'beschrijven', 'ondersteunen', 'automatiseren', 'vereenvoudigen', 'borgen', 'versnellen', 'uitproberen',
];

export const bijvoeglijk = ['nieuwe', 'bestaande', 'betere', 'veilige', 'duurzame', 'betrouwbare', 'begrijpelijke', 'eenvoudige', 'landelijke', 'digitale', 'moderne', 'praktische'];

/** Organisation-specific proper nouns and programme names: rare words that make texts distinct. */
export const eigenNamen = [
  'Logius', 'DUO', 'RvIG', 'CBS', 'Belastingdienst', 'UWV', 'SVB', 'RDW', 'Kadaster', 'Rijkswaterstaat', 'KNMI', 'IND', 'CJIB', 'DJI', 'RVO',
  'NVWA', 'Nationaal Archief', 'Politie', 'Defensie', 'SSC-ICT', 'DICTU', 'Justid', 'Dienst Toeslagen', 'Inspectie Leefomgeving', 'NCSC',
];
