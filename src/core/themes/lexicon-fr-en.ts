/**
 * Cercle's own French → English lexicon: the project's own work, written for Cercle by its
 * developers (no dictionary was copied; FreeDict, the free one found, is GPL and is not used). It holds
 * the frequent French content words of social messages and of general text (nouns, verbs in the
 * infinitive, adjectives in the masculine singular, adverbs), each with the one English word that
 * carries its usual meaning, the common sense first. Inflected forms are found through the French
 * stemmer (guerres, guerrières → guerre → war), so only one form per word is listed. False friends
 * that cognate rules would get wrong (librairie, location, pain, coin, sale…) are listed on purpose.
 *
 * Format: `french:english` pairs separated by spaces, grouped by theme; `_` joins words.
 */
export const FR_EN_LEXICON = `
# people, family, life
homme:man femme:woman enfant:child enfants:children fille:girl garçon:boy bébé:baby gens:people personne:person
monde:world famille:family père:father mère:mother parent:parent parents:parents frère:brother soeur:sister fils:son
mari:husband épouse:wife oncle:uncle tante:aunt cousin:cousin neveu:nephew nièce:niece grand-père:grandfather
grand-mère:grandmother papa:dad maman:mom ami:friend amie:friend copain:friend copine:girlfriend pote:buddy voisin:neighbour
collègue:colleague patron:boss chef:chef roi:king reine:queen prince:prince princesse:princess dieu:god
vie:life mort:death naissance:birth mariage:wedding divorce:divorce âge:age jeunesse:youth vieillesse:old_age
jeune:young vieux:old adulte:adult adolescent:teenager ado:teenager retraite:retirement anniversaire:birthday
nom:name prénom:first_name histoire:history souvenir:memory rêve:dream amour:love amitié:friendship couple:couple
humain:human humanité:humanity population:population habitant:inhabitant citoyen:citizen peuple:people foule:crowd
génération:generation naître:born mourir:die vivre:live grandir:grow vieillir:age marier:marry

# body and health
corps:body tête:head visage:face oeil:eye yeux:eyes nez:nose bouche:mouth dent:tooth dents:teeth oreille:ear
cheveu:hair cheveux:hair main:hand bras:arm jambe:leg pied:foot doigt:finger dos:back coeur:heart sang:blood
peau:skin os:bone ventre:belly estomac:stomach poumon:lung cerveau:brain muscle:muscle cou:neck épaule:shoulder
genou:knee gorge:throat poitrine:chest santé:health maladie:disease malade:sick médecin:doctor docteur:doctor
infirmier:nurse infirmière:nurse hôpital:hospital clinique:clinic soin:care soins:care médicament:medicine
remède:remedy traitement:treatment vaccin:vaccine virus:virus infection:infection épidémie:epidemic
pandémie:pandemic douleur:pain fièvre:fever toux:cough rhume:cold grippe:flu blessure:injury blessé:injured
blesser:injure guérir:heal guérison:recovery soigner:treat opération:operation chirurgie:surgery chirurgien:surgeon
patient:patient symptôme:symptom diagnostic:diagnosis cancer:cancer tumeur:tumour diabète:diabetes
pharmacie:pharmacy pharmacien:pharmacist ordonnance:prescription urgence:emergency urgences:emergency
ambulance:ambulance sommeil:sleep dormir:sleep fatigue:fatigue fatigué:tired stress:stress poids:weight
régime:diet sport:sport exercice:exercise forme:shape respirer:breathe respiration:breathing mal:pain
enceinte:pregnant grossesse:pregnancy accouchement:childbirth handicap:disability allergie:allergy
alcool:alcohol tabac:tobacco cigarette:cigarette drogue:drug mental:mental dépression:depression
anxiété:anxiety bien-être:wellbeing hygiène:hygiene propre:clean sale:dirty laver:wash bain:bath douche:shower

# food and drink
nourriture:food repas:meal manger:eat boire:drink cuisine:cooking cuisiner:cook recette:recipe plat:dish
petit-déjeuner:breakfast déjeuner:lunch dîner:dinner souper:supper goûter:snack pain:bread beurre:butter
fromage:cheese lait:milk oeuf:egg oeufs:eggs viande:meat boeuf:beef porc:pork poulet:chicken poisson:fish
jambon:ham saucisse:sausage légume:vegetable légumes:vegetables fruit:fruit fruits:fruit pomme:apple poire:pear
orange:orange banane:banana fraise:strawberry cerise:cherry raisin:grape citron:lemon tomate:tomato
carotte:carrot oignon:onion ail:garlic salade:salad riz:rice pâtes:pasta soupe:soup sucre:sugar sel:salt
poivre:pepper huile:oil farine:flour gâteau:cake tarte:pie chocolat:chocolate bonbon:candy dessert:dessert
café:coffee thé:tea eau:water vin:wine bière:beer jus:juice boisson:drink verre:glass
bouteille:bottle tasse:cup assiette:plate couteau:knife fourchette:fork cuillère:spoon restaurant:restaurant
boulangerie:bakery boulanger:baker cuisinier:cook serveur:waiter menu:menu goût:taste délicieux:delicious
bon:good savoureux:tasty faim:hunger soif:thirst frais:fresh cru:raw cuit:cooked sucré:sweet salé:salty
épicé:spicy amer:bitter végétarien:vegetarian vegan:vegan bio:organic pizza:pizza burger:burger frites:fries
sandwich:sandwich croissant:croissant crêpe:pancake miel:honey confiture:jam noix:nut céréale:cereal
blé:wheat maïs:corn pomme_de_terre:potato patate:potato champignon:mushroom crème:cream yaourt:yogurt
épicerie:grocery marché:market supermarché:supermarket boucherie:butcher

# home and objects
maison:house appartement:apartment logement:housing chambre:bedroom salon:living_room pièce:room
salle:room bureau:office porte:door fenêtre:window mur:wall toit:roof sol:floor plafond:ceiling escalier:stairs
jardin:garden cour:yard garage:garage cave:cellar lit:bed table:table chaise:chair canapé:sofa fauteuil:armchair
meuble:furniture armoire:wardrobe lampe:lamp lumière:light clé:key serrure:lock objet:object chose:thing
machine:machine outil:tool boîte:box sac:bag valise:suitcase papier:paper livre:book stylo:pen crayon:pencil
cahier:notebook carte:card photo:photo image:picture tableau:painting miroir:mirror horloge:clock montre:watch
vêtement:clothing vêtements:clothes robe:dress chemise:shirt pantalon:trousers jupe:skirt veste:jacket
manteau:coat chaussure:shoe chaussures:shoes chapeau:hat lunettes:glasses bijou:jewel bague:ring
loyer:rent propriétaire:owner locataire:tenant location:rental déménagement:move déménager:move
meubler:furnish ménage:housework chauffage:heating électricité:electricity gaz:gas

# city, travel, transport
ville:city village:village quartier:neighbourhood rue:street route:road avenue:avenue place:square
pont:bridge bâtiment:building immeuble:building tour:tower église:church cathédrale:cathedral mosquée:mosque
temple:temple château:castle palais:palace musée:museum monument:monument parc:park stade:stadium
gare:station aéroport:airport port:harbour station:station arrêt:stop transport:transport voyage:trip
voyager:travel touriste:tourist tourisme:tourism vacances:holiday visite:visit visiter:visit séjour:stay
hôtel:hotel auberge:hostel camping:camping réservation:booking réserver:book billet:ticket passeport:passport
visa:visa frontière:border douane:customs bagage:luggage bagages:luggage voiture:car auto:car bus:bus
autobus:bus car:coach train:train métro:subway tram:tram avion:plane vol:flight bateau:boat navire:ship
vélo:bike moto:motorbike taxi:taxi camion:truck conducteur:driver conduire:drive pilote:pilot passager:passenger
trajet:journey chemin:path direction:direction carte_routière:map plan:map guide:guide excursion:excursion
randonnée:hike croisière:cruise destination:destination départ:departure arrivée:arrival retard:delay
embouteillage:traffic_jam circulation:traffic parking:parking essence:petrol permis:licence accident:accident
piéton:pedestrian trottoir:pavement banlieue:suburb centre-ville:downtown capitale:capital région:region
province:province pays:country nation:nation état:state territoire:territory campagne:countryside
étranger:foreign étrangers:foreigners expatrié:expatriate exil:exile réfugié:refugee migrant:migrant
immigration:immigration émigration:emigration

# nature, geography, weather
nature:nature terre:earth planète:planet monde:world mer:sea océan:ocean lac:lake rivière:river fleuve:river
montagne:mountain colline:hill vallée:valley forêt:forest bois:wood arbre:tree fleur:flower plante:plant herbe:grass
feuille:leaf branche:branch racine:root île:island côte:coast plage:beach sable:sand désert:desert rocher:rock
pierre:stone volcan:volcano glacier:glacier neige:snow glace:ice pluie:rain vent:wind nuage:cloud orage:storm
tempête:storm ouragan:hurricane cyclone:cyclone tornade:tornado inondation:flood sécheresse:drought
séisme:earthquake tremblement:tremor climat:climate météo:weather soleil:sun lune:moon étoile:star
ciel:sky air:air feu:fire chaleur:heat froid:cold chaud:hot température:temperature saison:season printemps:spring
été:summer automne:autumn hiver:winter nord:north sud:south est:east ouest:west continent:continent
environnement:environment pollution:pollution écologie:ecology déchet:waste déchets:waste recyclage:recycling
énergie:energy carbone:carbon réchauffement:warming paysage:landscape terrain:land sommet:summit altitude:altitude
latitude:latitude surface:surface profondeur:depth baie:bay golfe:gulf péninsule:peninsula archipel:archipelago
marée:tide vague:wave courant:current source:source cascade:waterfall grotte:cave canyon:canyon plaine:plain
plateau:plateau marais:swamp jungle:jungle savane:savanna tropical:tropical polaire:polar arctique:arctic
équateur:equator hémisphère:hemisphere kilomètre:kilometre mètre:metre mille:mile superficie:area
géographie:geography géographique:geographic carte:map frontières:borders

# animals
animal:animal animaux:animals chien:dog chat:cat cheval:horse vache:cow cochon:pig mouton:sheep chèvre:goat
poule:hen oiseau:bird poisson:fish lapin:rabbit souris:mouse rat:rat lion:lion tigre:tiger ours:bear loup:wolf
renard:fox éléphant:elephant singe:monkey serpent:snake insecte:insect abeille:bee papillon:butterfly
mouche:fly moustique:mosquito araignée:spider baleine:whale dauphin:dolphin requin:shark tortue:turtle
canard:duck aigle:eagle espèce:species faune:wildlife flore:flora zoo:zoo chasse:hunting pêche:fishing
chasseur:hunter pêcheur:fisherman élevage:breeding ferme:farm agriculteur:farmer agriculture:agriculture
récolte:harvest dinosaure:dinosaur fossile:fossil prédateur:predator proie:prey

# time
temps:time heure:hour minute:minute seconde:second jour:day journée:day nuit:night matin:morning soir:evening
soirée:evening midi:noon minuit:midnight semaine:week mois:month année:year an:year siècle:century
décennie:decade époque:era date:date calendrier:calendar lundi:monday mardi:tuesday mercredi:wednesday
jeudi:thursday vendredi:friday samedi:saturday dimanche:sunday janvier:january février:february mars:march
avril:april mai:may juin:june juillet:july août:august septembre:september octobre:october novembre:november
décembre:december week-end:weekend hier:yesterday demain:tomorrow aujourd'hui:today maintenant:now
bientôt:soon passé:past présent:present futur:future avenir:future moment:moment instant:instant période:period
début:beginning fin:end durée:duration retard:delay délai:deadline horaire:schedule rendez-vous:appointment
noël:christmas pâques:easter fête:party férié:holiday nouvel_an:new_year anniversaire:birthday

# work, business, economy
travail:work travailler:work boulot:job emploi:job métier:trade job:job poste:position carrière:career
entreprise:company société:company firme:firm boîte:company usine:factory magasin:shop boutique:shop
commerce:trade commerçant:shopkeeper client:customer clientèle:customers fournisseur:supplier
employé:employee salarié:employee employeur:employer ouvrier:worker travailleur:worker chômage:unemployment
chômeur:unemployed salaire:salary paie:pay embauche:hiring embaucher:hire recrutement:recruitment
recruter:recruit licenciement:layoff licencier:fire démission:resignation grève:strike syndicat:union
directeur:director direction:management gérant:manager responsable:manager équipe:team réunion:meeting
projet:project tâche:task mission:mission objectif:goal résultat:result réussite:success succès:success
échec:failure stratégie:strategy marque:brand produit:product service:service qualité:quality quantité:quantity
production:production produire:produce vente:sale ventes:sales vendre:sell vendeur:seller acheter:buy
achat:purchase acheteur:buyer commande:order commander:order livraison:delivery livrer:deliver livreur:courier
colis:parcel paquet:package stock:stock rupture:shortage marché:market concurrence:competition concurrent:competitor
économie:economy économique:economic croissance:growth crise:crisis récession:recession inflation:inflation
industrie:industry industriel:industrial secteur:sector investissement:investment investir:invest
investisseur:investor action:share actions:shares bourse:stock_exchange profit:profit bénéfice:profit
perte:loss chiffre:figure chiffre_d'affaires:revenue revenu:income dépense:expense dépenser:spend coût:cost
coûter:cost budget:budget dette:debt crédit:credit prêt:loan banque:bank banquier:banker compte:account
argent:money monnaie:currency euro:euro dollar:dollar prix:price tarif:rate cher:expensive gratuit:free
payer:pay paiement:payment facture:invoice reçu:receipt remboursement:refund rembourser:refund
promotion:promotion promo:promo réduction:discount solde:sale soldes:sales offre:offer abonnement:subscription
abonner:subscribe désabonner:unsubscribe contrat:contract accord:agreement négociation:negotiation
impôt:tax impôts:taxes taxe:tax fiscal:tax richesse:wealth riche:rich pauvre:poor pauvreté:poverty
export:export exportation:export importation:import commerce_extérieur:trade douanier:customs
pétrole:oil gaz_naturel:natural_gas mine:mine minerai:ore acier:steel fer:iron cuivre:copper
argenté:silver charbon:coal usine:plant fusion:merger acquisition:acquisition rachat:buyout
startup:startup entrepreneur:entrepreneur patronat:employers marketing:marketing publicité:advertising
pub:ad annonce:announcement annonceur:advertiser campagne_publicitaire:campaign partenaire:partner
partenariat:partnership collaboration:collaboration sponsor:sponsor influenceur:influencer influenceuse:influencer
communauté:community abonné:follower abonnés:followers fidélité:loyalty fidèle:loyal

# customer service, shopping, social media
service_client:customer_service sav:service réclamation:complaint plainte:complaint problème:problem
souci:issue panne:breakdown erreur:error bug:bug question:question réponse:answer répondre:answer
demande:request demander:ask aide:help aider:help conseil:advice conseiller:advise support:support
assistance:assistance attente:wait attendre:wait délai:delay retour:return retourner:return échange:exchange
échanger:exchange garantie:warranty défaut:defect défectueux:defective cassé:broken casser:break réparer:repair
réparation:repair annuler:cancel annulation:cancellation confirmer:confirm confirmation:confirmation suivi:tracking
numéro:number adresse:address courriel:email mail:email message:message appel:call appeler:call téléphone:phone
portable:mobile téléphoner:phone contacter:contact contact:contact inscription:registration inscrire:register
connexion:login connecter:connect mot_de_passe:password identifiant:username profil:profile compte:account
avis:review note:rating étoile:star recommander:recommend recommandation:recommendation satisfait:satisfied
déçu:disappointed déception:disappointment décevant:disappointing mécontent:unhappy content:happy
merci:thanks remercier:thank bravo:congrats félicitations:congratulations super:great génial:great
excellent:excellent parfait:perfect nul:rubbish horrible:horrible terrible:terrible magnifique:beautiful
sublime:gorgeous incroyable:incredible top:top canon:stunning joli:pretty beau:beautiful belle:beautiful
moche:ugly taille:size couleur:colour modèle:model collection:collection nouveauté:novelty sortie:release
concours:contest jeu-concours:giveaway gagner:win gagnant:winner cadeau:gift tirage:draw lot:prize
partage:share partager:share commentaire:comment commenter:comment publication:post publier:publish
story:story vidéo:video direct:live lien:link page:page réseau:network réseaux:networks abonnement:subscription
like:like j'aime:like suivre:follow suivi:follow-up

# tech, internet
ordinateur:computer informatique:computing logiciel:software matériel:hardware application:app appli:app
écran:screen clavier:keyboard souris:mouse imprimante:printer fichier:file dossier:folder données:data
donnée:data base:base serveur:server réseau:network internet:internet web:web site:website navigateur:browser
recherche:search rechercher:search moteur:engine télécharger:download téléchargement:download
mise_à_jour:update mettre:put installer:install installation:installation programme:program programmer:program
programmeur:programmer développeur:developer développement:development code:code coder:code algorithme:algorithm
technologie:technology technique:technical numérique:digital électronique:electronic électrique:electric
batterie:battery chargeur:charger câble:cable puce:chip processeur:processor mémoire:memory stockage:storage
sécurité:security piratage:hacking pirate:hacker mot:word intelligence:intelligence artificielle:artificial
robot:robot automatique:automatic appareil:device tablette:tablet smartphone:smartphone caméra:camera
appareil_photo:camera satellite:satellite fusée:rocket espace:space spatial:space astronaute:astronaut
radar:radar signal:signal onde:wave fréquence:frequency antenne:antenna réseau_social:social_network
plateforme:platform compte:account utilisateur:user utiliser:use utilisation:use interface:interface
fonction:function fonctionnalité:feature fonctionner:work marcher:walk bouton:button icône:icon
écrire:write lire:read envoyer:send recevoir:receive sauvegarder:save sauvegarde:backup supprimer:delete
effacer:erase modifier:edit créer:create création:creation version:version système:system panneau:panel

# media, culture, entertainment
film:film cinéma:cinema série:series épisode:episode saison:season acteur:actor actrice:actress réalisateur:director
scène:stage théâtre:theatre spectacle:show concert:concert musique:music musicien:musician chanson:song
chanter:sing chanteur:singer chanteuse:singer album:album groupe:band guitare:guitar piano:piano danse:dance
danser:dance danseur:dancer art:art artiste:artist peinture:painting peintre:painter sculpture:sculpture
dessin:drawing dessiner:draw exposition:exhibition galerie:gallery culture:culture culturel:cultural
littérature:literature roman:novel poème:poem poésie:poetry poète:poet auteur:author écrivain:writer
lecteur:reader lecture:reading bibliothèque:library librairie:bookshop éditeur:publisher journal:newspaper
journaliste:journalist presse:press média:media médias:media télévision:television télé:tv radio:radio
émission:programme chaîne:channel animateur:host public:audience spectateur:spectator audience:audience
célèbre:famous célébrité:celebrity star:star vedette:star fan:fan jeu:game jeux:games jouer:play joueur:player
jouet:toy loisir:hobby loisirs:leisure divertissement:entertainment festival:festival carnaval:carnival
cirque:circus humour:humour blague:joke drôle:funny rire:laugh sourire:smile comédie:comedy drame:drama
tragédie:tragedy mode:fashion style:style design:design photo:photo photographe:photographer photographie:photography
magazine:magazine podcast:podcast conte:tale légende:legend mythe:myth mythologie:mythology héros:hero
personnage:character récit:story opéra:opera orchestre:orchestra ballet:ballet cérémonie:ceremony prix:award
récompense:award oscar:oscar tournage:shooting diffusion:broadcast diffuser:broadcast

# sport
sport:sport sportif:athlete athlète:athlete équipe:team match:match partie:part joueur:player entraîneur:coach
entraînement:training entraîner:train football:football foot:football rugby:rugby tennis:tennis basket:basketball
golf:golf natation:swimming nager:swim course:race courir:run coureur:runner marathon:marathon vélo:cycling
cyclisme:cycling cycliste:cyclist ski:skiing skieur:skier boxe:boxing combat:fight lutte:wrestling
championnat:championship champion:champion championne:champion compétition:competition tournoi:tournament
coupe:cup médaille:medal olympique:olympic jeux_olympiques:olympics victoire:victory défaite:defeat
gagner:win perdre:lose score:score but:goal marquer:score ballon:ball balle:ball terrain:pitch
stade:stadium supporter:supporter arbitre:referee saison:season ligue:league club:club finale:final
demi-finale:semi-final record:record mondial:world course_à_pied:running escalade:climbing alpinisme:mountaineering
randonneur:hiker plongée:diving surf:surfing voile:sailing aviron:rowing équitation:riding
gymnastique:gymnastics musculation:bodybuilding salle_de_sport:gym yoga:yoga fitness:fitness

# politics, law, society, war
politique:politics politicien:politician gouvernement:government ministre:minister président:president
présidente:president premier_ministre:prime_minister parlement:parliament député:deputy sénat:senate
sénateur:senator élection:election élire:elect électeur:voter vote:vote voter:vote candidat:candidate
campagne:campaign parti:party démocratie:democracy démocratique:democratic république:republic
dictature:dictatorship dictateur:dictator régime:regime pouvoir:power loi:law droit:right droits:rights
justice:justice juge:judge tribunal:court procès:trial avocat:lawyer police:police policier:police_officer
crime:crime criminel:criminal vol:theft voleur:thief meurtre:murder assassinat:assassination prison:prison
condamner:sentence condamnation:conviction enquête:investigation arrestation:arrest arrêter:arrest
liberté:freedom libre:free égalité:equality fraternité:brotherhood paix:peace guerre:war armée:army soldat:soldier
militaire:military général:general officier:officer arme:weapon armes:weapons bombe:bomb attaque:attack
attaquer:attack bataille:battle combat:fight conflit:conflict violence:violence terrorisme:terrorism
terroriste:terrorist victime:victim révolution:revolution manifestation:demonstration manifestant:protester
protestation:protest empire:empire royaume:kingdom colonie:colony colonial:colonial indépendance:independence
invasion:invasion envahir:invade occupation:occupation défense:defence défendre:defend ennemi:enemy allié:ally
traité:treaty alliance:alliance diplomatie:diplomacy ambassade:embassy ambassadeur:ambassador
international:international national:national mondial:global société:society social:social sociale:social
public:public privé:private administration:administration réforme:reform crise:crisis sanction:sanction
constitution:constitution citoyenneté:citizenship nationalité:nationality religion:religion religieux:religious
église:church chrétien:christian musulman:muslim juif:jewish catholique:catholic protestant:protestant
islam:islam christianisme:christianity judaïsme:judaism bouddhisme:buddhism foi:faith prière:prayer prêtre:priest
pape:pope esclave:slave esclavage:slavery sous-marin:submarine marine:navy flotte:fleet navale:naval
aviation:aviation char:tank missile:missile nucléaire:nuclear frappe:strike bombardement:bombing
siège:siege conquête:conquest conquérir:conquer vainqueur:winner tué:killed tuer:kill mort:death morts:dead
blessés:wounded otage:hostage

# science, education, knowledge
science:science sciences:sciences scientifique:scientist chercheur:researcher recherche:research étude:study
étudier:study étudiant:student élève:pupil école:school collège:college lycée:high_school université:university
fac:university cours:course leçon:lesson classe:class professeur:teacher prof:teacher enseignant:teacher
enseignement:teaching enseigner:teach apprendre:learn apprentissage:learning éducation:education examen:exam
diplôme:degree connaissance:knowledge savoir:know comprendre:understand expliquer:explain explication:explanation
théorie:theory expérience:experiment laboratoire:laboratory découverte:discovery découvrir:discover
invention:invention inventer:invent physique:physics chimie:chemistry biologie:biology mathématiques:mathematics
maths:math géologie:geology astronomie:astronomy médecine:medicine philosophie:philosophy psychologie:psychology
sociologie:sociology économie:economics histoire:history historien:historian archéologie:archaeology langue:language
langage:language mot:word phrase:sentence grammaire:grammar traduction:translation traduire:translate
anglais:english français:french espagnol:spanish allemand:german italien:italian chinois:chinese japonais:japanese
arabe:arabic russe:russian grec:greek latin:latin cellule:cell gène:gene adn:dna molécule:molecule atome:atom
électron:electron particule:particle matière:matter masse:mass force:force vitesse:speed lumière:light
gravité:gravity énergie:energy chaleur:heat calcul:calculation nombre:number chiffre:digit mesure:measure
mesurer:measure preuve:proof hypothèse:hypothesis analyse:analysis analyser:analyse méthode:method
espèces:species évolution:evolution organisme:organism bactérie:bacteria protéine:protein oxygène:oxygen
carbone:carbon hydrogène:hydrogen azote:nitrogen métal:metal liquide:liquid solide:solid vapeur:steam
microscope:microscope télescope:telescope galaxie:galaxy univers:universe orbite:orbit planètes:planets
système_solaire:solar_system déclin:decline progrès:progress précision:accuracy précis:accurate
information:information savant:scholar académie:academy académique:academic thèse:thesis doctorat:phd
manuel:textbook dictionnaire:dictionary encyclopédie:encyclopedia article:article chapitre:chapter

# feelings, mind, opinions
sentiment:feeling émotion:emotion joie:joy bonheur:happiness heureux:happy triste:sad tristesse:sadness
colère:anger fâché:angry peur:fear effrayé:scared honte:shame fierté:pride fier:proud espoir:hope espérer:hope
envie:desire désir:desire plaisir:pleasure douleur:pain souffrance:suffering souffrir:suffer inquiet:worried
inquiétude:worry calme:calm nerveux:nervous surprise:surprise surpris:surprised choqué:shocked ennui:boredom
ennuyeux:boring intéressant:interesting curieux:curious pensée:thought penser:think croire:believe
opinion:opinion idée:idea avis:opinion choix:choice choisir:choose décision:decision décider:decide
raison:reason esprit:mind âme:soul conscience:conscience mémoire:memory oublier:forget rappeler:remind
aimer:love adorer:adore détester:hate haine:hatred préférer:prefer vouloir:want besoin:need espoirs:hopes
confiance:trust méfiance:distrust respect:respect courage:courage patience:patience chance:luck
malheur:misfortune vérité:truth mensonge:lie mentir:lie sérieux:serious gentil:kind méchant:nasty
sympa:nice poli:polite impoli:rude agréable:pleasant désagréable:unpleasant

# common adjectives
grand:big petit:small gros:big long:long court:short haut:high bas:low large:wide étroit:narrow lourd:heavy
léger:light rapide:fast lent:slow fort:strong faible:weak dur:hard doux:soft facile:easy difficile:difficult
simple:simple compliqué:complicated important:important principal:main premier:first dernier:last prochain:next
ancien:former nouveau:new neuf:new moderne:modern récent:recent actuel:current vrai:true faux:false réel:real
possible:possible impossible:impossible nécessaire:necessary utile:useful inutile:useless pratique:practical
efficace:effective sûr:sure certain:certain clair:clear sombre:dark noir:black blanc:white rouge:red bleu:blue
vert:green jaune:yellow gris:grey rose:pink violet:purple marron:brown plein:full vide:empty ouvert:open
fermé:closed seul:alone ensemble:together différent:different pareil:same semblable:similar même:same
propre:own entier:whole total:total complet:complete général:general particulier:particular spécial:special
normal:normal étrange:strange bizarre:weird rare:rare commun:common populaire:popular célèbre:famous
riche:rich pauvre:poor cher:expensive bon_marché:cheap dangereux:dangerous sûre:safe sécurisé:secure
fragile:fragile solide:solid chaud:warm froid:cold humide:wet sec:dry mouillé:wet calme:quiet bruyant:noisy
proche:near lointain:distant local:local régional:regional européen:european américain:american
africain:african asiatique:asian naturel:natural artificiel:artificial humain:human physique:physical
ancienne:ancient antique:ancient médiéval:medieval historique:historic traditionnel:traditional
officiel:official libre:free gratuit:free obligatoire:compulsory interdit:forbidden légal:legal illégal:illegal
essentiel:essential grandissant:growing majeur:major mineur:minor énorme:huge immense:vast minuscule:tiny
principaux:main nombreux:numerous divers:various varié:varied unique:unique seule:only

# common verbs
être:be avoir:have faire:do aller:go venir:come voir:see regarder:watch entendre:hear écouter:listen
parler:speak dire:say raconter:tell savoir:know connaître:know pouvoir:can devoir:must prendre:take donner:give
mettre:put porter:carry tenir:hold trouver:find chercher:look perdre:lose gagner:win garder:keep laisser:leave
partir:leave arriver:arrive entrer:enter sortir:go_out rester:stay passer:pass tomber:fall monter:climb
descendre:descend tourner:turn rentrer:return revenir:come_back devenir:become sembler:seem paraître:appear
commencer:start finir:finish terminer:end continuer:continue arrêter:stop essayer:try réussir:succeed
échouer:fail changer:change ouvrir:open fermer:close construire:build détruire:destroy produire:produce
fabriquer:make vendre:sell acheter:buy payer:pay coûter:cost offrir:offer recevoir:receive envoyer:send
apporter:bring montrer:show cacher:hide permettre:allow empêcher:prevent obliger:force forcer:force
refuser:refuse accepter:accept proposer:propose suggérer:suggest expliquer:explain présenter:present
représenter:represent organiser:organise préparer:prepare prévoir:plan planifier:plan gérer:manage
diriger:lead mener:lead suivre:follow rejoindre:join quitter:quit attendre:wait espérer:hope craindre:fear
protéger:protect sauver:save aider:help soutenir:support lutter:fight battre:beat combattre:fight gagner:earn
vaincre:defeat tuer:kill mourir:die naître:be_born vivre:live habiter:live dormir:sleep réveiller:wake
lever:raise asseoir:sit marcher:walk courir:run sauter:jump voler:fly nager:swim rouler:drive conduire:drive
voyager:travel visiter:visit explorer:explore découvrir:discover observer:observe remarquer:notice
compter:count calculer:calculate mesurer:measure comparer:compare vérifier:check tester:test prouver:prove
réfléchir:think imaginer:imagine rêver:dream souhaiter:wish vouloir:want aimer:like plaire:please
partager:share publier:publish poster:post écrire:write lire:read dessiner:draw peindre:paint chanter:sing
jouer:play gagner:win regarder:watch filmer:film photographier:photograph enregistrer:record
cuisiner:cook manger:eat boire:drink goûter:taste nettoyer:clean laver:wash ranger:tidy réparer:repair
couper:cut frapper:hit toucher:touch tirer:pull pousser:push lancer:launch jeter:throw attraper:catch
remplir:fill vider:empty ajouter:add enlever:remove retirer:withdraw augmenter:increase baisser:lower
diminuer:decrease réduire:reduce grandir:grow développer:develop améliorer:improve créer:create
inventer:invent former:form transformer:transform utiliser:use employer:employ servir:serve fonctionner:work
dépendre:depend appartenir:belong contenir:contain comprendre:include inclure:include exister:exist
apparaître:appear disparaître:disappear rencontrer:meet retrouver:find voguer:sail naviguer:sail
entourer:surround couvrir:cover border:border séparer:separate relier:link unir:unite diviser:divide
signer:sign voter:vote élire:elect gouverner:govern régner:reign envahir:invade occuper:occupy libérer:free
repérer:spot chasser:hunt pêcher:fish cultiver:grow planter:plant récolter:harvest élever:raise
enseigner:teach apprendre:learn étudier:study lire:read réviser:revise échanger:exchange discuter:discuss
débattre:debate critiquer:criticise accuser:accuse juger:judge condamner:condemn punir:punish
annoncer:announce déclarer:declare affirmer:claim nier:deny confirmer:confirm répondre:answer demander:ask
inviter:invite accueillir:welcome célébrer:celebrate fêter:celebrate remercier:thank féliciter:congratulate
adorer:love détester:hate

# adverbs and misc content words
toujours:always jamais:never souvent:often parfois:sometimes rarement:rarely vite:quickly lentement:slowly
ensemble:together seulement:only surtout:especially vraiment:really presque:almost environ:about exactement:exactly
ailleurs:elsewhere partout:everywhere dehors:outside dedans:inside loin:far près:near déjà:already encore:again
enfin:finally ensuite:then longtemps:long_time récemment:recently actuellement:currently éventuellement:possibly
probablement:probably certainement:certainly heureusement:fortunately malheureusement:unfortunately
essentiellement:mainly notamment:notably généralement:generally également:also beaucoup:much

# a brand's community: home fragrance and clothing, orders, shops, service; the forms of common verbs
# the stemmer does not bring back to the infinitive (pouvez, veux, dites, revient)
senteur:scent senteurs:scents parfum:scent odeur:smell odeurs:smells sentir:smell sent:smells embaumer:smell
embaume:smells arôme:aroma bougie:candle cire:wax mèche:wick combustion:burn brûler:burn brûle:burns allumage:lighting
allumer:light fondre:melt fondu:melted diffuseur:diffuser brume:mist recharge:refill recharger:refill coffret:box
emballage:packaging emballer:wrap étiquette:label flacon:bottle figue:fig vanille:vanilla santal:sandalwood
ambre:amber cèdre:cedar lavande:lavender fumée:smoke sauge:sage plaid:throw couverture:blanket laine:wool lin:linen
coton:cotton soie:silk cachemire:cashmere pyjama:pyjamas peignoir:bathrobe sweat:sweatshirt pull:jumper manche:sleeve
manches:sleeves col:collar brodé:embroidered broder:embroider tricoté:knitted tricoter:knit coloris:colour
teinte:shade douce:soft douceur:softness tissu:fabric bouloche:pilling boulocher:pill lavage:wash rétrécir:shrink
taillent:fit tailler:fit ajusté:fitted ample:loose serré:tight atelier:workshop lancement:launch
vendeuse:shop_assistant caisse:checkout horaires:hours ouverte:open fermée:closed livrons:deliver livrez:deliver
livré:delivered transporteur:courier relais:pickup expédier:ship expédiez:ship expédition:shipping
acheminement:shipping abîmé:damaged abîmer:damage renvoyer:return remise:discount offert:free offerte:free
offerts:free parrainage:referral parrainer:refer niveau:level précommander:preorder précommande:preorder
réassort:restock disponible:available dispo:available indisponible:unavailable édition:edition limitée:limited
limité:limited sélection:selection réactivité:responsiveness réactif:responsive réactive:responsive
injoignable:unreachable joindre:reach relance:reminder relancer:chase désolé:sorry désolée:sorry désolés:sorry
navré:sorry navrés:sorry transmettre:forward transmet:forwards pouvez:can peux:can peut:can pouvons:can veux:want
veut:want voulez:want voulons:want dites:say faites:do prends:take prenez:take prend:take revient:come_back
écris:write écrit:writes écrivez:write répond:answers répondez:answer répondent:answer attendent:wait attends:wait
viennent:come vient:comes suit:follows commencent:start commence:starts sais:know sait:knows savez:know savais:know
corrige:fix corriger:fix parfaitement:perfectly meilleur:best meilleure:best petite:small neuve:new idéal:ideal
idéale:ideal crevé:exhausted crevée:exhausted fatiguée:tired gentille:kind nickel:spotless humeur:mood
franchement:honestly exceptionnellement:exceptionally dommage:shame bienvenue:welcome bisous:kisses déco:decor
bonne:good bonnes:good bons:good longue:long longues:long décoration:decoration recyclé:recycled recycler:recycle durable:sustainable
`;
