"""Word lists for finding the passive voice, per language (used by ``seokit.text.passive``).

For each language: the auxiliary that forms the passive, the words that may stand between it
and the participle, irregular participles, and words that look like participles but are not
(or, after "to be", form an active perfect: French "il est venu", Italian "è arrivato").
Compiled for seokit from standard grammars; regular participles are recognised by ending.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --- English: a form of "be" or "get", then a past participle ------------------------------------
EN_AUXILIARIES = _words(
    "am is are was were be been being get gets got gotten getting "
    "isn't aren't wasn't weren't 's 're"
)
EN_BETWEEN = _words(
    "not never also often always already still just usually sometimes rarely even only now "
    "then all both being been be further newly widely highly commonly frequently generally "
    "easily quickly seldom hardly largely mostly partly fully well"
)
EN_IRREGULAR = _words(
    "arisen awoken borne born beaten become begun bent bet bound bitten bled blown broken bred "
    "brought built burnt burst bought cast caught chosen clung come cost crept cut dealt dug "
    "done drawn dreamt drunk driven eaten fallen fed felt fought found fled flung flown "
    "forbidden forecast forgotten forgiven frozen given gone ground grown hung had heard hidden "
    "hit held hurt kept knelt known laid led leant leapt learnt left lent let lain lit lost "
    "made meant met mistaken misunderstood mown overcome overtaken overthrown paid proven put "
    "quit read rid ridden rung risen run sawn said seen sought sold sent set sewn shaken shorn "
    "shed shot shown shrunk shut sung sunk sat slain slept slid slung slit smelt sown spoken "
    "sped spelt spent spilt spun spat split spoilt spread sprung stood stolen stuck stung "
    "stunk strewn struck strung striven sworn swept swollen swum swung taken taught torn told "
    "thought thrown thrust trodden understood undertaken undergone undone upset woken worn "
    "woven wed wept won wound withdrawn withheld withstood wrung written"
)
# -ed words that are not participles, and -ed adjectives of feeling that describe a state
EN_NOT_PARTICIPLES = _words(
    "bed red shed seed speed feed bleed breed greed need heed weed deed indeed hundred sacred "
    "naked wicked rugged ragged crooked beloved aged learned wretched kindred hatred "
    "interested tired excited bored worried pleased surprised scared satisfied disappointed "
    "confused embarrassed exhausted amazed annoyed ashamed delighted frightened thrilled "
    "supposed"
)

# --- German: a form of "werden" and a Partizip II in the same clause ------------------------------
DE_AUXILIARIES = _words(
    "werde wirst wird werden werdet wurde wurdest wurden wurdet würde würdest würden würdet "
    "worden"
)
# infinitives and other words that look like a ge- participle
DE_NOT_PARTICIPLES = _words(
    "gehen geben gelten gewinnen genießen geschehen gehören gestalten gebrauchen gelingen "
    "gestehen gewähren gewöhnen gedenken gebären gebieten gedeihen geraten gewinnt gehört "
    "gegen genug gestern gerade gesund gern gerne geht gibt gilt gebiet gewicht gesicht "
    "gericht gedicht gefecht geschlecht geschäft geburt gemüt gelegenheit geduld gesellschaft "
    "gemeinschaft gegenwart geschwindigkeit gesundheit gewalt gestalt gemeint"
)
DE_IRREGULAR = _words(
    "gebracht gedacht gekannt genannt gerannt gesandt gewandt gewusst gemocht gekonnt gedurft "
    "gemusst gesollt gewollt"
)
# separable prefixes before "ge" in a participle ("angeboten", "durchgeführt")
DE_SEPARABLE = (
    "ab", "an", "auf", "aus", "bei", "dar", "durch", "ein", "fest", "fort", "frei", "her",
    "hin", "los", "mit", "nach", "statt", "teil", "um", "vor", "weg", "weiter", "zu", "zurück",
    "zusammen", "über", "unter", "wieder",
)
DE_INSEPARABLE = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "hinter", "über",
                  "unter", "wider")

# --- French: a form of "être", then a participe passé --------------------------------------------
FR_AUXILIARIES = _words(
    "suis es est sommes êtes sont étais était étions étiez étaient serai seras sera serons "
    "serez seront serais serait serions seriez seraient sois soit soyons soyez soient fus fut "
    "fûmes furent été être étant"
)
FR_BETWEEN = _words("ne n pas plus jamais souvent toujours déjà bien très aussi également été "
                    "encore parfois rarement généralement largement mieux")
FR_IRREGULAR = _words(
    "fait faite faits faites pris prise pris prises mis mise mises dit dite dits dites écrit "
    "écrite écrits écrites conduit conduite conduits conduites produit produite produits "
    "produites construit construite construits construites offert offerte offerts offertes "
    "ouvert ouverte ouverts ouvertes couvert couverte couverts couvertes découvert découverte "
    "découverts découvertes peint peinte peints peintes atteint atteinte atteints atteintes "
    "craint crainte joint jointe joints jointes inclus incluse exclus exclue exclues acquis "
    "acquise acquises requis requise requises assis assise vu vue vus vues lu lue lus lues "
    "su sue pu bu bue eu eue dû due dus dues"
)
# after être these form an active perfect ("elle est venue"), not a passive
FR_ETRE_VERBS = _words(
    "allé allée allés allées venu venue venus venues arrivé arrivée arrivés arrivées parti "
    "partie partis parties entré entrée entrés entrées sorti sortie sortis sorties monté montée "
    "montés montées descendu descendue descendus descendues né née nés nées mort morte morts "
    "mortes resté restée restés restées tombé tombée tombés tombées retourné retournée "
    "retournés retournées devenu devenue devenus devenues revenu revenue revenus revenues "
    "rentré rentrée rentrés rentrées décédé décédée apparu apparue parvenu parvenue intervenu "
    "intervenue survenu survenue passé passée passés passées"
)
FR_NOT_PARTICIPLES = _words(
    "ici aussi ainsi parmi voici voilà ceci lui celui aujourd'hui oui midi ami amie amis amies "
    "souci joli jolie merci lundi mardi mercredi jeudi vendredi samedi fourmi cri nuit fruit "
    "bruit lit produit pays vrai vraie vrais gai gaie déçu prêt prête prêts prêtes été "
    "nécessaire utile capable possible important importante difficile facile"
)

# --- Spanish and Portuguese: a form of "ser", then a participio -----------------------------------
ES_AUXILIARIES = _words(
    "soy eres es somos sois son era eras éramos erais eran fui fuiste fue fuimos fuisteis "
    "fueron seré serás será seremos seréis serán sería serías seríamos seríais serían sea "
    "seas seamos seáis sean fuera fueras fuéramos fuerais fueran fuese fuesen sido ser siendo"
)
ES_BETWEEN = _words("no nunca ya siempre también muy bien mal frecuentemente generalmente "
                    "ampliamente sido a menudo")
ES_IRREGULAR = _words(
    "hecho hecha hechos hechas dicho dicha dichos dichas escrito escrita escritos escritas "
    "visto vista vistos vistas puesto puesta puestos puestas abierto abierta abiertos abiertas "
    "vuelto vuelta vueltos vueltas roto rota rotos rotas cubierto cubierta cubiertos cubiertas "
    "resuelto resuelta resueltos resueltas descubierto descubierta descubiertos descubiertas "
    "impreso impresa impresos impresas provisto provista devuelto devuelta satisfecho "
    "satisfecha compuesto compuesta propuesto propuesta dispuesto dispuesta expuesto expuesta "
    "frito frita muerto muerta"
)
ES_NOT_PARTICIPLES = _words(
    "nada cada lado estado vida comida salida medida partida bebida herida cuidado pasado "
    "mercado sentido ruido nido olvido marido apellido contenido sonido grado soldado abogado "
    "helado pescado senado resultado tratado sábado demasiado todo toda todos todas cansado "
    "cansada casado casada encantado encantada"
)
PT_AUXILIARIES = _words(
    "sou és é somos sois são era eras éramos éreis eram fui foste foi fomos fostes foram serei "
    "serás será seremos sereis serão seria serias seríamos seríeis seriam seja sejas sejamos "
    "sejais sejam fosse fossem for forem sido ser sendo"
)
PT_BETWEEN = _words("não nunca já sempre também muito bem mal frequentemente geralmente "
                    "amplamente sido")
PT_IRREGULAR = _words(
    "feito feita feitos feitas dito dita ditos ditas escrito escrita escritos escritas visto "
    "vista vistos vistas posto posta postos postas aberto aberta abertos abertas coberto "
    "coberta cobertos cobertas pago paga pagos pagas ganho ganha gasto gasta aceito aceita "
    "eleito eleita entregue entregues preso presa morto morta descoberto descoberta"
)
PT_NOT_PARTICIPLES = _words(
    "nada cada lado estado vida comida saída medida partida bebida ferida cuidado passado "
    "mercado sentido ruído ninho marido apelido conteúdo grado soldado advogado sábado "
    "demasiado todo toda todos todas cansado cansada casado casada obrigado obrigada"
)

# --- Dutch: a form of "worden" and a voltooid deelwoord in the same clause ------------------------
NL_AUXILIARIES = _words("word wordt worden werd werden geworden")
NL_NOT_PARTICIPLES = _words(
    "gezond geld gebied geluid gewicht gedicht gezicht gerecht gemiddeld gebed gevecht geduld "
    "gerucht geest gebit gelijk genoeg geheel gezin gevolg gebruik geval gemeente gedrag "
    "gesprek gevoel gebouw geloof gemak geheim gedachte gereedschap gedurende"
)
NL_SEPARABLE = (
    "aan", "af", "bij", "door", "in", "mee", "na", "om", "op", "over", "terug", "toe", "uit",
    "vast", "voor", "weg", "samen",
)
NL_INSEPARABLE = ("be", "ver", "ont", "her", "er", "ge")

# --- Italian: a form of "essere" or "venire", then a participio passato ----------------------------
IT_AUXILIARIES = _words(
    "sono sei è siamo siete ero eri era eravamo eravate erano fui fosti fu fummo foste furono "
    "sarò sarai sarà saremo sarete saranno sarei saresti sarebbe saremmo sareste sarebbero sia "
    "siano fosse fossero essere stato stata stati state essendo vengo vieni viene veniamo "
    "venite vengono veniva venivano venne vennero verrà verranno verrebbe verrebbero venga "
    "vengano venisse venissero venire"
)
IT_BETWEEN = _words("non mai già sempre anche spesso molto bene ancora stato stata stati state "
                    "generalmente ampiamente")
IT_IRREGULAR = _words(
    "fatto fatta fatti fatte detto detta detti dette scritto scritta scritti scritte preso "
    "presa presi prese messo messa messi messe visto vista visti viste letto letta letti "
    "lette aperto aperta aperti aperte chiuso chiusa chiusi chiuse rotto rotta rotti rotte "
    "offerto offerta offerti offerte prodotto prodotta prodotti prodotte tradotto tradotta "
    "condotto condotta ridotto ridotta ridotti ridotte spinto spinta vinto vinta posto posta "
    "posti poste risolto risolta scelto scelta scelti scelte tolto tolta discusso discussa "
    "espresso espressa permesso permessa promosso promossa diviso divisa deciso decisa ucciso "
    "uccisa compreso compresa incluso inclusa escluso esclusa concesso concessa"
)
# after essere these form an active perfect ("è arrivato"), not a passive
IT_ESSERE_VERBS = _words(
    "andato andata andati andate venuto venuta venuti venute arrivato arrivata arrivati "
    "arrivate partito partita partiti partite entrato entrata entrati entrate uscito uscita "
    "usciti uscite tornato tornata tornati tornate rimasto rimasta rimasti rimaste nato nata "
    "nati nate morto morta morti morte diventato diventata diventati diventate caduto caduta "
    "caduti cadute salito salita saliti salite sceso scesa scesi scese cresciuto cresciuta "
    "successo successa piaciuto piaciuta sembrato sembrata riuscito riuscita stato stata stati "
    "state"
)
IT_NOT_PARTICIPLES = _words(
    "mercato risultato prato lato fiato soldato gelato peccato vita salita partita dito marito "
    "invito sito minuto tributo statuto saluto aiuto dato dati fato senato"
)
