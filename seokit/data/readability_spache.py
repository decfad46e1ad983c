"""The revised Spache (1974) list of words familiar to young readers, for the Spache formula.

Source: the list as py-readability-metrics 1.4.5 ships it (MIT licence,
``readability/data/spache_easy_porterstem.txt``), where every entry is a Porter stem. Stems
are not words, so each stem was expanded once, by hand-run script, back to the words it came
from: the words of the Dale-Chall list (textstat's ``easy_words.txt``) with that stem, else the
shortest CMU dictionary word with it; the eleven contractions the stemmed file had mangled
("can\\t") were restored. Every one of the 1059 stems is covered, and no word outside them
was added. A regular inflection of a listed word counts as familiar too (see
``readability_formulas.is_familiar_word``), as in Spache's instructions.
"""

from __future__ import annotations

SPACHE_FAMILIAR_WORDS = frozenset((
    'a able about above across act acts add afraid after afternoon again against ago air airplane '
    'alarm all almost alone along already also always am among an and angry animal another answer '
    'any anyone appear apple are arm armful around arrow as ask asleep at ate attention aunt awake '
    'away b babies back bad bag ball balloon bang bank bark barn basket be bean bear beat beating '
    'beautiful beauty became because become becoming bed bee been before began begin beginning '
    'behind being believe bell belong bend bent beside besides best better between big bird '
    'birthday bit bite biting black blackness blanket blew block blow blue board boat book boot '
    'born borrow both bother bottle bottom bought bow box boxes boy branch brave bread break '
    'breakfast breath breathe brick bridge bright brightness bring broke broken brother brought '
    'brown brush build building bump burn bus business busy but butter button buy by c cabin cage '
    "cake call calling came camp can can't candle candy cap captain car card care careful carrot "
    'carry case castle cat catch cattle caught cause cent certain chair chance change chase chicken '
    'chief child children church circle circus city clap clean clever cliff climb clock close cloth '
    'clothes clothing clown coat cold color colored come comfort coming company contest continue '
    'cook cooked cooking cool corner could count country course cover cow crawl cream cried cries '
    'cry cup cupful curtain cut cutting d dad dance dancing danger dangerous dark darkness dash '
    "daughter day dear decide deep desk did didn't die died dies difference different dig dinner "
    "direct direction disappear disappoint discover distance do doctor does dog dollar don't done "
    'door down dragon dream dress dried drink drive drop drove dry duck during dust dying e each '
    'eager ear early earn earth easy eat edge egg eight eighteen either elephant else empty end '
    'ending enemy enough enter even evening ever every everything exact except excited exciting '
    'exclaim explain eye face facing fact fair fall family far farm farmer farming farther fast fat '
    'father feather feed feel feet fell fellow felt fence few field fierce fight figure fill '
    'finally find fine finger finish fire firing first fish five flag flash flat flew flies floor '
    'flower fly follow following food for forest forget forth found four fourth fox fresh friend '
    'frighten frog from front fruit full fun funny fur g game garden gasp gate gave get getting '
    'giant gift girl give giving glad glass glasses go goat going gone good goodness goods got '
    'grandfather grandmother grass gray great green grew grin ground group grow growl guess gun h '
    'ha had hair half hall hand handful handle hang happen happiness happy hard harm has hat hate '
    "have having he he's head hear heard hearing heavy held hello help helpful hen her here hers "
    'herself hid hide high hill him himself his hit hold hole holiday home homely honey hop horn '
    "horse hot hour house how howl hum hundred hung hungry hunt hurried hurry hurt husband i i'll "
    "i'm ice idea if imagine important in inch inches indeed inside instead into invite is it it's "
    'its j jacket jar jet job join joke joking joy joyful jump just k keep kept key kick kill '
    'killed kind kindness king kitchen kitten knee knew knock know l ladder ladies lady laid lake '
    'land large last late laugh lay lazy lead leap learn learned least leave leaving left leg less '
    "let let's letter letting lick lift light lightness like likely liking line lion list listen "
    'little live lively lives living load long look lost lot loud love lovely low luck lump lunch m '
    'machine made magic mail make making man many march mark market master matter may maybe me mean '
    'means meant meat meet meeting melt men merry met middle might mile milk milkman mind mine '
    'minute miss mistake moment money monkey month more morning most mother mountain mouse mouth '
    'move moving much mud music must my n name near neck need needle neighbor neighborhood nest '
    'never new next nibble nice night nine no nod noise none north nose not note nothing notice now '
    'number o ocean of off offer often oh old on once one only open or orange order other our ours '
    'out outside over owl own p pack paid pail paint painting pair palace pan paper parade parent '
    'park part party pass past paste pasture path paw pay peanut peek pen penny people perfect '
    'perhaps person pet pick picket picnic picture pie piece pig pile pin place plan plant play '
    'pleasant please plenty plow point poke pole policeman pond poor pop popped postman pot potato '
    'potatoes pound pour practice prepare present pretend pretty princess prize probable problem '
    'promise protect proud puff pull puppy push put putting q queen queer quick quiet quit quite r '
    'rabbit raccoon race radio rag rain raise ran ranch rang reach read reading ready real red '
    'refuse remember reply rest return reward rich ride riding right ring river road roar rock rode '
    'roll roof room rope round row rub rubbed rule run running rush s sad sadness safe said sail '
    'sale salt same sand sang sat save savings saw say scare school scold scratch scream sea seat '
    'second secret see seed seeing seem seen sell send sent seven several sew shadow shake shaking '
    'shall shape she sheep shell shine shining ship shoe shone shook shoot shop shopping shore '
    'short shot should show sick sickness side sight sign signal silent silly silver since sing '
    'sister sit sitting six size skip sky sled sleep slid slide slow small smart smell smile smoke '
    'snap snapping sniff snow so soft sold some something sometime sometimes son song soon sorry '
    'sound speak special spend spill splash spoke spot spread spring squirrel stand star start '
    'station stay step stepping stick still stillness stone stood stop stopped stopping store '
    'stories story straight strange street stretch strike strong such sudden sugar suit summer sun '
    'supper suppose sure surely surprise swallow sweet sweetness swim swimming swing t table tail '
    'take taking talk tall tap taste teach teacher team tear teeth telephone tell ten tent than '
    "thank thankful thanks that that's the their them then there these they thick thin thing think "
    'third this those though thought three threw through throw thy tie tiger tight time tiny tip '
    'tire tired to today toe together told tomorrow too took tooth top touch toward towards tower '
    'town toy track traffic train trap tree trick tried trip trot truck true trunk try turkey turn '
    'turtle twelve twin two u ugly uncle under unhappy until up upon upstairs us use used useful '
    'usual v valley vegetable very village visit voice w wag wagon wait wake walk want war warm was '
    'wash waste watch water wave way we wear weather week well went were wet what wheel when where '
    'which while whisper whistle white who whole whose why wide wife will willing win wind window '
    "wing wink winter wire wise wish with without woke wolf woman women won't wonder wonderful wood "
    'woods word wore work world worm worry worth would wrong x y yard year yell yellow yes yet you '
    'young your yours z zoo '
).split())
