"""Blind test data for figure matching, written from the specification only.

Each entry is ``(english, french, expected)`` where ``expected`` is the
outcome with English as the source: ``"match"`` (no figure finding),
``"figure-mismatch"``, ``"figure-missing"`` or ``"figure-extra"``.
Every error pair carries exactly one deliberate figure error.

Special spaces are written as escapes: ``\\u00a0`` (no-break space),
``\\u202f`` (narrow no-break space); ``\\u2212`` is the minus sign and
``\\u2013`` the en dash.
"""

BLIND_PAIRS = [
    # ------------------------------------------------------------------
    # Decimals and thousands separators
    # ------------------------------------------------------------------
    (
        "The metropolitan area now has 1,250,000 residents, according to the latest census.",
        "La région métropolitaine compte désormais 1 250 000 habitants, selon le dernier recensement.",
        "match",
    ),
    (
        "The utility said 1,250,000 customers had their power restored by Sunday.",
        "La société d'électricité a indiqué que le courant avait été rétabli chez 1\u00a0250\u00a0000 clients dimanche.",
        "match",
    ),
    (
        "Exports of frozen blueberries reached 2,430 tonnes last month.",
        "Les exportations de bleuets surgelés ont atteint 2\u202f430 tonnes le mois dernier.",
        "match",
    ),
    (
        "The composite index rose 3.5 points in afternoon trading.",
        "L'indice composé a progressé de 3,5 points en séance d'après-midi.",
        "match",
    ),
    (
        "The department processed 12500 applications during the spring intake.",
        "Le ministère a traité 12 500 demandes lors de la session de printemps.",
        "match",
    ),
    (
        "Nearly 3,400 households were still without power on Tuesday evening.",
        "Près de 3 400 foyers étaient toujours privés d'électricité mardi soir.",
        "match",
    ),
    (
        "The network serves 1 250 000 customers across the region.",
        "Le réseau dessert 1 250 000 clients dans toute la région.",
        "match",
    ),
    (
        "The population of the province grew to 1,250,000 last year.",
        "La population de la province est passée à 1 205 000 habitants l'an dernier.",
        "figure-mismatch",
    ),
    (
        "The average wait in emergency rooms was 4.2 hours.",
        "L'attente moyenne aux urgences était de 2,4 heures.",
        "figure-mismatch",
    ),
    (
        "The new plant is expected to create 13,500 jobs.",
        "La nouvelle usine devrait créer 1 350 emplois.",
        "figure-mismatch",
    ),
    # ------------------------------------------------------------------
    # Percentages and percentage points
    # ------------------------------------------------------------------
    (
        "Turnout was 54.1% in the municipal election.",
        "Le taux de participation a été de 54,1 % aux élections municipales.",
        "match",
    ),
    (
        "Support for the measure stands at 54.1 per cent.",
        "L'appui à la mesure s'établit à 54,1 pour cent.",
        "match",
    ),
    (
        "The party won 54.1% of the vote.",
        "Le parti a obtenu 54,1 pour cent des voix.",
        "match",
    ),
    (
        "Compliance reached 54.1 per cent in the audited branches.",
        "Le taux de conformité a atteint 54,1\u202f% dans les succursales vérifiées.",
        "match",
    ),
    (
        "Prices rose 12 percent over the year.",
        "Les prix ont augmenté de 12 % sur un an.",
        "match",
    ),
    (
        "The interest rate was cut to 0.5%.",
        "Le taux directeur a été abaissé à 0,5 %.",
        "match",
    ),
    (
        "The jobless rate rose 2.5 percentage points during the recession.",
        "Le taux de chômage a augmenté de 2,5 points de pourcentage pendant la récession.",
        "match",
    ),
    (
        "Statistics Canada said the unemployment rate rose 0.2 percentage points to 6.4% in August.",
        "Statistique Canada a indiqué que le taux de chômage a augmenté de 0,2 point de pourcentage pour s'établir à 6,4 % en août.",
        "match",
    ),
    (
        "The survey of 1,502 adults has a margin of error of plus or minus 2.5 percentage points, 19 times out of 20.",
        "Le sondage mené auprès de 1 502 adultes comporte une marge d'erreur de plus ou moins 2,5 points de pourcentage, 19 fois sur 20.",
        "match",
    ),
    (
        "Turnout was 54.1% in the municipal election.",
        "Le taux de participation a été de 45,1 % aux élections municipales.",
        "figure-mismatch",
    ),
    (
        "The bank's share of the market rose by 2 percentage points.",
        "La part de marché de la banque a augmenté de 2 %.",
        "figure-mismatch",
    ),
    (
        "Core inflation slowed to 3.5% in June.",
        "L'inflation fondamentale a ralenti à 35 % en juin.",
        "figure-mismatch",
    ),
    (
        "Revenue reached €2.7 billion, up 4.3% from 2023.",
        "Le chiffre d'affaires a atteint 2,7 milliards d'euros, en hausse de 3,4 % par rapport à 2023.",
        "figure-mismatch",
    ),
    # ------------------------------------------------------------------
    # Scale words and abbreviations
    # ------------------------------------------------------------------
    (
        "The group posted an operating profit of 198.1 billion KRW.",
        "Le groupe a enregistré un bénéfice d'exploitation de 198,1 milliards de KRW.",
        "match",
    ),
    (
        "The fund will invest 0.75 billion euros in rail infrastructure.",
        "Le fonds investira 750 millions d'euros dans les infrastructures ferroviaires.",
        "match",
    ),
    (
        "Federal debt now exceeds $2 trillion.",
        "La dette fédérale dépasse désormais 2 000 milliards de dollars.",
        "match",
    ),
    (
        "The stimulus package is worth 1.2 trillion yen.",
        "Le plan de relance est doté de 1,2 billion de yens.",
        "match",
    ),
    (
        "The agency approved a budget of KRW 3.2 trillion for next year.",
        "L'agence a approuvé un budget de 3 200 milliards de KRW pour l'an prochain.",
        "match",
    ),
    (
        "The startup raised $450k in its first funding round.",
        "La jeune pousse a récolté 450 000 $ lors de sa première ronde de financement.",
        "match",
    ),
    (
        "The city awarded a €12M contract for the new tramway depot.",
        "La ville a attribué un contrat de 12 M€ pour le nouveau dépôt du tramway.",
        "match",
    ),
    (
        "The chipmaker will spend $4bn on a new factory.",
        "Le fabricant de puces dépensera 4 milliards de dollars pour une nouvelle usine.",
        "match",
    ),
    (
        "Ottawa will spend $4 billion on housing over the next decade.",
        "Ottawa dépensera 4 Md$ en logement au cours de la prochaine décennie.",
        "match",
    ),
    (
        "The province is forecasting a $1.3 billion deficit.",
        "La province prévoit un déficit de 1,3 G$.",
        "match",
    ),
    (
        "Wildfires have burned 18.4 million hectares so far this season.",
        "Les feux de forêt ont ravagé 18,4 millions d'hectares jusqu'ici cette saison.",
        "match",
    ),
    (
        "The museum welcomed 1 million visitors last year.",
        "Le musée a accueilli un million de visiteurs l'an dernier.",
        "match",
    ),
    (
        "Two million people live within the flood zone.",
        "2 millions de personnes vivent dans la zone inondable.",
        "match",
    ),
    (
        "The group posted an operating profit of 198.1 billion KRW.",
        "Le groupe a enregistré un bénéfice d'exploitation de 198,1 billions de KRW.",
        "figure-mismatch",
    ),
    (
        "The company is valued at $3 billion.",
        "L'entreprise est évaluée à 3 billions de dollars.",
        "figure-mismatch",
    ),
    (
        "The project received $3.5 million in federal funding.",
        "Le projet a reçu 3,5 milliards de dollars en financement fédéral.",
        "figure-mismatch",
    ),
    (
        "The utility plans to invest 7.5 billion euros in the grid.",
        "La société prévoit d'investir 750 millions d'euros dans le réseau.",
        "figure-mismatch",
    ),
    (
        "The startup raised $450k in its first funding round.",
        "La jeune pousse a récolté 45 000 $ lors de sa première ronde de financement.",
        "figure-mismatch",
    ),
    # ------------------------------------------------------------------
    # Money and currencies
    # ------------------------------------------------------------------
    (
        "The project will cost $3.5 million.",
        "Le projet coûtera 3,5 millions de dollars.",
        "match",
    ),
    (
        "Tickets for the festival cost €45.",
        "Les billets pour le festival coûtent 45 €.",
        "match",
    ),
    (
        "The entry fee is €45 per person.",
        "Les droits d'entrée sont de 45 euros par personne.",
        "match",
    ),
    (
        "The fine was set at CAD 250.",
        "L'amende a été fixée à 250 $ CA.",
        "match",
    ),
    (
        "Each household will receive 250 Canadian dollars.",
        "Chaque ménage recevra 250 dollars canadiens.",
        "match",
    ),
    (
        "The agency received CAD 45 million for the program.",
        "L'agence a reçu 45 millions de $ CA pour le programme.",
        "match",
    ),
    (
        "The company paid US$2.4 million to settle the lawsuit.",
        "L'entreprise a versé 2,4 millions de dollars américains pour régler la poursuite.",
        "match",
    ),
    (
        "The deal is worth US$1.8 billion.",
        "La transaction est évaluée à 1,8 milliard de dollars US.",
        "match",
    ),
    (
        "The grant is worth $500 per student.",
        "La subvention est de 500 $ CA par élève.",
        "match",
    ),
    (
        "The province will contribute $2 million to the project.",
        "La province versera 2 millions de dollars canadiens au projet.",
        "match",
    ),
    (
        "Admission costs KRW 15,000 for adults.",
        "L'entrée coûte 15 000 KRW pour les adultes.",
        "match",
    ),
    (
        "The province will invest $1.25 billion over five years.",
        "La province investira 1,25 milliard de dollars sur cinq ans.",
        "match",
    ),
    (
        "Revenue reached €2.7 billion, up 4.3% from 2023.",
        "Le chiffre d'affaires a atteint 2,7 milliards d'euros, en hausse de 4,3 % par rapport à 2023.",
        "match",
    ),
    (
        "The membership fee rose to US$500.",
        "La cotisation est passée à 500 $ CA.",
        "figure-mismatch",
    ),
    (
        "Tickets for the festival cost €45.",
        "Les billets pour le festival coûtent 45 $.",
        "figure-mismatch",
    ),
    (
        "The project received $3.5 million in federal funding.",
        "Le projet a reçu 3,5 millions d'euros en financement fédéral.",
        "figure-mismatch",
    ),
    (
        "The group posted an operating profit of 198.1 billion KRW.",
        "Le groupe a enregistré un bénéfice d'exploitation de 198,1 milliards de dollars.",
        "figure-mismatch",
    ),
    (
        "The deal is worth US$1.8 billion.",
        "La transaction est évaluée à 1,8 milliard de dollars canadiens.",
        "figure-mismatch",
    ),
    (
        "The agency received CAD 1.2 million for the program.",
        "L'agence a reçu 1,2 million de dollars américains pour le programme.",
        "figure-mismatch",
    ),
    # ------------------------------------------------------------------
    # Units
    # ------------------------------------------------------------------
    (
        "The new bike path is 12 km long.",
        "La nouvelle piste cyclable mesure 12 kilomètres.",
        "match",
    ),
    (
        "Residents within 12 kilometres of the plant were evacuated.",
        "Les résidents dans un rayon de 12 km autour de l'usine ont été évacués.",
        "match",
    ),
    (
        "The light-rail line will be 46 kilometres long and serve 32 stations.",
        "La ligne de train léger mesurera 46 km et desservira 32 stations.",
        "match",
    ),
    (
        "The 50 MW wind farm will power about 20,000 homes.",
        "Le parc éolien de 50 MW alimentera environ 20 000 foyers.",
        "match",
    ),
    (
        "The plant produces 1,200 MW at full capacity.",
        "La centrale produit 1 200 MW à pleine capacité.",
        "match",
    ),
    (
        "Each station has a 7 kW charger.",
        "Chaque station est équipée d'une borne de 7 kW.",
        "match",
    ),
    (
        "Temperatures could reach 34°C on Thursday.",
        "Les températures pourraient atteindre 34 °C jeudi.",
        "match",
    ),
    (
        "The ship ran aground 3 miles off the coast.",
        "Le navire s'est échoué à 3 milles de la côte.",
        "match",
    ),
    (
        "The new bike path is 12 km long.",
        "La nouvelle piste cyclable mesure 12 m.",
        "figure-mismatch",
    ),
    (
        "The 50 MW wind farm will power about 20,000 homes.",
        "Le parc éolien de 50 kW alimentera environ 20 000 foyers.",
        "figure-mismatch",
    ),
    (
        "The ship ran aground 12 miles off the coast.",
        "Le navire s'est échoué à 12 km de la côte.",
        "figure-mismatch",
    ),
    (
        "Temperatures could reach 34°C on Thursday.",
        "Les températures pourraient atteindre 31 °C jeudi.",
        "figure-mismatch",
    ),
    # ------------------------------------------------------------------
    # Signs
    # ------------------------------------------------------------------
    (
        "Temperatures dropped to -15°C overnight.",
        "Les températures ont chuté à \u221215 °C pendant la nuit.",
        "match",
    ),
    (
        "The consumer confidence index fell to -15 in May.",
        "L'indice de confiance des consommateurs est tombé à \u221215 en mai.",
        "match",
    ),
    (
        "Temperatures dropped to -15°C overnight.",
        "Les températures ont chuté à 15 °C pendant la nuit.",
        "figure-mismatch",
    ),
    (
        "Net interprovincial migration was -4,500 last year.",
        "Le solde migratoire interprovincial était de 4 500 l'an dernier.",
        "figure-mismatch",
    ),
    # ------------------------------------------------------------------
    # Number words
    # ------------------------------------------------------------------
    (
        "Ten people were injured in the collision.",
        "Dix personnes ont été blessées dans la collision.",
        "match",
    ),
    (
        "Inspectors visited ten countries last year.",
        "Les inspecteurs se sont rendus dans 10 pays l'an dernier.",
        "match",
    ),
    (
        "The board closed 18 schools because of the storm.",
        "La commission scolaire a fermé dix-huit écoles en raison de la tempête.",
        "match",
    ),
    (
        "The trial involved 90 participants.",
        "L'essai a porté sur quatre-vingt-dix participants.",
        "match",
    ),
    (
        "The program lasts twelve months.",
        "Le programme dure douze mois.",
        "match",
    ),
    (
        "Seventy-five volunteers helped clean the shoreline.",
        "Soixante-quinze bénévoles ont participé au nettoyage des berges.",
        "match",
    ),
    (
        "The two regions signed the agreement on Monday.",
        "Les régions ont signé l'accord lundi.",
        "match",
    ),
    (
        "The agencies met in Ottawa on Monday.",
        "Les trois agences se sont réunies à Ottawa lundi.",
        "match",
    ),
    (
        "The jury has eighteen members.",
        "Le jury compte dix-neuf membres.",
        "figure-mismatch",
    ),
    (
        "The trial involved 90 participants.",
        "L'essai a porté sur quatre-vingts participants.",
        "figure-mismatch",
    ),
    (
        "Ten people were injured in the collision.",
        "11 personnes ont été blessées dans la collision.",
        "figure-mismatch",
    ),
    (
        "The committee has twelve members.",
        "Le comité compte onze membres.",
        "figure-mismatch",
    ),
    # ------------------------------------------------------------------
    # Dates
    # ------------------------------------------------------------------
    (
        "The summit will open on 7 September 2025 in Seoul.",
        "Le sommet s'ouvrira le 7 septembre 2025 à Séoul.",
        "match",
    ),
    (
        "The law took effect on September 7, 2025.",
        "La loi est entrée en vigueur le 7 septembre 2025.",
        "match",
    ),
    (
        "Published Sep 7",
        "Publié le 7 sept.",
        "match",
    ),
    (
        "Reference period: 2016-03.",
        "Période de référence : mars 2016.",
        "match",
    ),
    (
        "The new rules apply from 1 March.",
        "Les nouvelles règles s'appliquent à compter du 1er mars.",
        "match",
    ),
    (
        "Polls open on Monday, 3 February 2025.",
        "Les bureaux de vote ouvriront le lundi 3 février 2025.",
        "match",
    ),
    (
        "The summit will open on 7 September 2025 in Seoul.",
        "Le sommet s'ouvrira le 17 septembre 2025 à Séoul.",
        "figure-mismatch",
    ),
    (
        "The law took effect on September 7, 2025.",
        "La loi est entrée en vigueur le 7 octobre 2025.",
        "figure-mismatch",
    ),
    (
        "Published Sep 7",
        "Publié le 8 sept.",
        "figure-mismatch",
    ),
    (
        "Reference period: 2016-03.",
        "Période de référence : mai 2016.",
        "figure-mismatch",
    ),
    (
        "Polls open on Monday, 3 February 2025.",
        "Les bureaux de vote ouvriront le lundi 3 février 2024.",
        "figure-mismatch",
    ),
    (
        "The company was founded in 2019.",
        "L'entreprise a été fondée en 2018.",
        "figure-mismatch",
    ),
    # ------------------------------------------------------------------
    # Ordinals
    # ------------------------------------------------------------------
    (
        "Growth slowed in the 3rd quarter.",
        "La croissance a ralenti au 3e trimestre.",
        "match",
    ),
    (
        "She won the 1st round with a comfortable lead.",
        "Elle a remporté le 1er tour avec une avance confortable.",
        "match",
    ),
    (
        "The 1st edition of the fair drew large crowds.",
        "La 1re édition de la foire a attiré les foules.",
        "match",
    ),
    (
        "The association is celebrating its 25th anniversary.",
        "L'association célèbre son 25e anniversaire.",
        "match",
    ),
    (
        "The runner finished 2nd in the marathon.",
        "La coureuse a terminé 3e au marathon.",
        "figure-mismatch",
    ),
    (
        "The association is celebrating its 25th anniversary.",
        "L'association célèbre son 20e anniversaire.",
        "figure-mismatch",
    ),
    # ------------------------------------------------------------------
    # Ranges
    # ------------------------------------------------------------------
    (
        "The 2020\u20132024 strategic plan was adopted unanimously.",
        "Le plan stratégique 2020-2024 a été adopté à l'unanimité.",
        "match",
    ),
    (
        "Enrolment grew steadily between 2020 and 2024.",
        "Les inscriptions ont augmenté régulièrement entre 2020 et 2024.",
        "match",
    ),
    (
        "The data cover the period from 2020 to 2024.",
        "Les données couvrent la période de 2020 à 2024.",
        "match",
    ),
    (
        "Emissions fell sharply over 2020\u20132024.",
        "Les émissions ont fortement diminué entre 2020 et 2024.",
        "match",
    ),
    (
        "Snow accumulations of 15 to 20 cm are expected.",
        "Des accumulations de 15 à 20 cm sont prévues.",
        "match",
    ),
    (
        "Rents are expected to rise 10\u201315% next year.",
        "Les loyers devraient augmenter de 10 à 15 % l'an prochain.",
        "match",
    ),
    (
        "The 2020\u20132024 strategic plan was adopted unanimously.",
        "Le plan stratégique 2020-2025 a été adopté à l'unanimité.",
        "figure-mismatch",
    ),
    (
        "Enrolment grew steadily between 2020 and 2024.",
        "Les inscriptions ont augmenté régulièrement entre 2020 et 2023.",
        "figure-mismatch",
    ),
    (
        "Rainfall of between 10 and 15 mm is forecast.",
        "On prévoit entre 10 et 20 mm de pluie.",
        "figure-mismatch",
    ),
    # ------------------------------------------------------------------
    # Versions and phone numbers
    # ------------------------------------------------------------------
    (
        "Version 2.3 of the app fixes the login problem.",
        "La version 2.3 de l'application corrige le problème de connexion.",
        "match",
    ),
    (
        "The service now requires Python 3.12.",
        "Le service exige désormais Python 3.12.",
        "match",
    ),
    (
        "For more information, call 1-800-622-6232.",
        "Pour en savoir plus, composez le 1-800-622-6232.",
        "match",
    ),
    (
        "Media inquiries: 613-555-0199",
        "Renseignements aux médias : 613-555-0199",
        "match",
    ),
    (
        "Version 2.3 of the app fixes the login problem.",
        "La version 3.2 de l'application corrige le problème de connexion.",
        "figure-mismatch",
    ),
    (
        "For more information, call 1-800-622-6232.",
        "Pour en savoir plus, composez le 1-800-622-6323.",
        # A phone number changed is link-mismatch's, not a figure's (README).
        "match",
    ),
    # ------------------------------------------------------------------
    # Dropped and added digit figures
    # ------------------------------------------------------------------
    (
        "The project will cost $4.5 million and create 120 jobs.",
        "Le projet coûtera 4,5 millions de dollars et créera des emplois.",
        "figure-missing",
    ),
    (
        "Sales rose 8% in the first quarter.",
        "Les ventes ont augmenté au premier trimestre.",
        "figure-missing",
    ),
    (
        "On 12 March, the council voted to close the arena.",
        "Le conseil a voté la fermeture de l'aréna.",
        "figure-missing",
    ),
    (
        "The 2023 report lists 14 recommendations.",
        "Le rapport énumère 14 recommandations.",
        "figure-missing",
    ),
    (
        "Of the 250 applicants, 42 were selected.",
        "Parmi les candidats, 42 ont été retenus.",
        "figure-missing",
    ),
    (
        "The tunnel is 3.2 km long and 12 m wide.",
        "Le tunnel mesure 3,2 km de long.",
        "figure-missing",
    ),
    (
        "Turnout was 61.3%, up from 58.7% in the previous election.",
        "Le taux de participation a été de 61,3 %, en hausse par rapport aux élections précédentes.",
        "figure-missing",
    ),
    (
        "The ministry received applications from across the country.",
        "Le ministère a reçu 340 demandes provenant de tout le pays.",
        "figure-extra",
    ),
    (
        "The bridge reopened to traffic in May.",
        "Le pont a rouvert à la circulation en mai 2024.",
        "figure-extra",
    ),
    (
        "Temperatures will reach 30°C in the afternoon.",
        "Les températures atteindront 30 °C, voire 32 °C, en après-midi.",
        "figure-extra",
    ),
    (
        "The company employs about 800 people in Quebec.",
        "L'entreprise emploie environ 800 personnes au Québec, dont 120 à Montréal.",
        "figure-extra",
    ),
    (
        "The government will spend $2 billion on the program.",
        "Le gouvernement consacrera 2 milliards de dollars au programme, soit 15 % de plus que prévu.",
        "figure-extra",
    ),
    # ------------------------------------------------------------------
    # More single-error variants of the match pairs above
    # ------------------------------------------------------------------
    (
        "The utility said 1,250,000 customers had their power restored by Sunday.",
        "La société d'électricité a indiqué que le courant avait été rétabli chez 1\u00a0520\u00a0000 clients dimanche.",
        "figure-mismatch",
    ),
    (
        "Exports of frozen blueberries reached 2,430 tonnes last month.",
        "Les exportations de bleuets surgelés ont atteint 2\u202f340 tonnes le mois dernier.",
        "figure-mismatch",
    ),
    (
        "The department processed 12500 applications during the spring intake.",
        "Le ministère a traité 1 250 demandes lors de la session de printemps.",
        "figure-mismatch",
    ),
    (
        "Support for the measure stands at 54.1 per cent.",
        "L'appui à la mesure s'établit à 51,4 pour cent.",
        "figure-mismatch",
    ),
    (
        "Statistics Canada said the unemployment rate rose 0.2 percentage points to 6.4% in August.",
        "Statistique Canada a indiqué que le taux de chômage a augmenté de 0,2 point de pourcentage pour s'établir à 6,2 % en août.",
        "figure-mismatch",
    ),
    (
        "The survey of 1,502 adults has a margin of error of plus or minus 2.5 percentage points, 19 times out of 20.",
        "Le sondage mené auprès d'adultes comporte une marge d'erreur de plus ou moins 2,5 points de pourcentage, 19 fois sur 20.",
        "figure-missing",
    ),
    (
        "The fund will invest 0.75 billion euros in rail infrastructure.",
        "Le fonds investira 75 millions d'euros dans les infrastructures ferroviaires.",
        "figure-mismatch",
    ),
    (
        "Federal debt now exceeds $2 trillion.",
        "La dette fédérale dépasse désormais 2 000 millions de dollars.",
        "figure-mismatch",
    ),
    (
        "The stimulus package is worth 1.2 trillion yen.",
        "Le plan de relance est doté de 1,2 milliard de yens.",
        "figure-mismatch",
    ),
    (
        "The chipmaker will spend $4bn on a new factory.",
        "Le fabricant de puces dépensera 4 millions de dollars pour une nouvelle usine.",
        "figure-mismatch",
    ),
    (
        "Ottawa will spend $4 million on housing over the next decade.",
        "Ottawa dépensera 4 Md$ en logement au cours de la prochaine décennie.",
        "figure-mismatch",
    ),
    (
        "The city awarded a €12M contract for the new tramway depot.",
        "La ville a attribué un contrat de 12 000 € pour le nouveau dépôt du tramway.",
        "figure-mismatch",
    ),
    (
        "The fine was set at CAD 250.",
        "L'amende a été fixée à 250 €.",
        "figure-mismatch",
    ),
    (
        "Admission costs KRW 15,000 for adults.",
        "L'entrée coûte 1 500 KRW pour les adultes.",
        "figure-mismatch",
    ),
    (
        "The agency received CAD 45 million for the program.",
        "L'agence a reçu des fonds pour le programme.",
        "figure-missing",
    ),
    (
        "The light-rail line will be 46 kilometres long and serve 32 stations.",
        "La ligne de train léger mesurera 46 km et desservira 23 stations.",
        "figure-mismatch",
    ),
    (
        "Each station has a 7 kW charger.",
        "Chaque station est équipée d'une borne de 7 MW.",
        "figure-mismatch",
    ),
    (
        "The 50 MW wind farm will power about 20,000 homes.",
        "Le parc éolien de 50 MW alimentera de nombreux foyers.",
        "figure-missing",
    ),
    (
        "The consumer confidence index fell to \u221215 in May.",
        "L'indice de confiance des consommateurs est tombé à -5 en mai.",
        "figure-mismatch",
    ),
    (
        "Seventy-five volunteers helped clean the shoreline.",
        "Soixante-cinq bénévoles ont participé au nettoyage des berges.",
        "figure-mismatch",
    ),
    (
        "The board closed 18 schools because of the storm.",
        "La commission scolaire a fermé dix-sept écoles en raison de la tempête.",
        "figure-mismatch",
    ),
    (
        "The new rules apply from 1 March.",
        "Les nouvelles règles s'appliquent à compter du 1er mai.",
        "figure-mismatch",
    ),
    (
        "The law took effect in September.",
        "La loi est entrée en vigueur le 7 septembre 2025.",
        "figure-extra",
    ),
    (
        "Growth slowed in the 3rd quarter.",
        "La croissance a ralenti au 2e trimestre.",
        "figure-mismatch",
    ),
    (
        "She won the 1st round with a comfortable lead.",
        "Elle a remporté le 2e tour avec une avance confortable.",
        "figure-mismatch",
    ),
    (
        "Growth slowed in the third quarter.",
        "La croissance a ralenti à 1,2 % au troisième trimestre.",
        "figure-extra",
    ),
    (
        "Snow accumulations of 15 to 20 cm are expected.",
        "Des accumulations de 15 à 25 cm sont prévues.",
        "figure-mismatch",
    ),
    (
        "Rents are expected to rise 10\u201315% next year.",
        "Les loyers devraient augmenter de 10 à 12 % l'an prochain.",
        "figure-mismatch",
    ),
    (
        "The data cover the period from 2020 to 2024.",
        "Les données couvrent la période de 2021 à 2024.",
        "figure-mismatch",
    ),
    (
        "The service now requires Python 3.12.",
        "Le service exige désormais Python 3.11.",
        "figure-mismatch",
    ),
    (
        "Media inquiries: 613-555-0199",
        "Renseignements aux médias : 613-555-0188",
        # A phone number changed is link-mismatch's, not a figure's (README).
        "match",
    ),
    (
        "Prices rose 12 percent over the year.",
        "Les prix ont augmenté sur un an.",
        "figure-missing",
    ),
    (
        "Tickets for the festival are on sale now.",
        "Les billets pour le festival, à 45 €, sont en vente dès maintenant.",
        "figure-extra",
    ),
]
