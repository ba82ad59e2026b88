/**
 * Stop words: the project's own lists of English and French function words, plus the chat fillers
 * of social messages (lol, mdr, svp…). Kept short on purpose: a word that carries a topic in one
 * client (love, merci, price) is left in and weighed down by its document frequency instead.
 */
const EN = `a about above after again against ago all almost also although always am among an and another any anybody anyone
anything anyway are aren't around as at away back be became because become becomes been before behind being below
beside besides between beyond both but by can can't cannot could couldn't did didn't do does doesn't doing don't done
down during each either else enough etc even ever every everybody everyone everything except few for from further get
gets getting got had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself
his how how's however i i'd i'll i'm i've if in into is isn't it it's its itself just least less let let's like likely
lot lots may maybe me might mine more most mostly much must mustn't my myself near neither never nevertheless no nobody
none nor not nothing now of off often on once one ones only onto or other others otherwise ought our ours ourselves out
over own per perhaps quite rather really same say says said shall shan't she she'd she'll she's should shouldn't since so
some somebody someone something sometimes somewhat still such than that that's the their theirs them themselves then
there there's therefore these they they'd they'll they're they've thing things this those though through thus till to
too toward towards under unless until up upon us very via was wasn't we we'd we'll we're we've were weren't what what's
whatever when when's whenever where where's whereas wherever whether which while who who's whoever whole whom whose why
why's will with within without won't would wouldn't yet you you'd you'll you're you've your yours yourself yourselves
also been being just us ok okay yes yeah yep nope oh hey hi hello lol lmao omg pls please thanks thank thx u ur im dont
cant wont didnt doesnt isnt thats its ive id youre theyre there'll gonna wanna gotta kinda sorta via vs etc e.g i.e
two three four five six seven eight nine ten first second new many well make made use used using way ways want know
go going gone went come came take took see seen look get got would could might every`;

const FR = `a à afin ah ai aie aient aies ait al alors as au aucun aucune aupres auquel aura aurai auraient aurais aurait
auras aurez auriez aurions aurons auront aussi autre autres aux auxquelles auxquels avaient avais avait avant avec avez
aviez avions avoir avons ayant ayez ayons bah ben bien bon bref c ça car ce ceci cela celle celles celui cependant ces
cet cette ceux chacun chacune chaque chez ci comme comment contre d dans de dedans dehors depuis des desquelles desquels
dessous dessus deux doit donc dont du duquel durant elle elles en encore entre es est et étaient étais était étant
étiez étions été être eu eue eues eûmes eurent eus eusse eussent eut eux fait faire fais faisait faut fois font furent
fus fut hein hors ici il ils j je jusqu jusque l la là laquelle le lequel les lesquelles lesquels leur leurs lui m ma
mais me même mêmes mes moi moins mon n ne ni non nos notre nôtre nous on ont ou où oui par parce parmi pas pendant peu
peut peuvent peux plus plusieurs pour pourquoi pourtant près puis qu quand que quel quelle quelles quelque quelques
quels qui quoi s sa sans se selon sera serai seraient serais serait seras serez seriez serions serons seront ses si
sien sienne siens soi soient sois soit sommes son sont sous suis sur t ta tandis tant te tel telle telles tels tes toi
ton tous tout toute toutes très trop tu un une unes uns va vais vas vers voici voilà vont vos votre vôtre vous vu y
déjà aujourd'hui ainsi après assez autant autour beaucoup cet chose choses dès donc ensuite enfin etc jamais juste
lors lorsque mal même parfois partout peut-être plutôt pourra presque puisque quelqu quoique rien seulement souvent
surtout tellement toujours tôt tard vraiment voila ok okay ouais oué ouai salut bonjour bonsoir coucou merci svp stp
mdr lol ptdr xd pk pq bcp tkt jsp cc slt dsl ya yen dire dit avoir être faire fait aller allez va vont voir vu
également afin entre trois quatre cinq six sept huit neuf dix premier première nouveau nouvelle nouveaux celle dont
sa leur ceux cela ça etait etre deja tres apres ou meme`;

const toSet = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

export const STOP_WORDS_EN = toSet(EN);
export const STOP_WORDS_FR = toSet(FR);

/**
 * Words that mark a language (for detection): frequent function words of one language that are not
 * words of the other. "a", "on", "son", "ne" and the like, found in both, are left out.
 */
export const MARKERS_EN = toSet(`the and of to is are was were that this with for from have has had not but you they
it's what which who would will there their an be been by at it its i my me we our your he she his her them these those
don't can't about when how why if or so just than then`);
export const MARKERS_FR = toSet(`le la les des du et est sont était une un au aux ce cette ces qui que dans pour par
pas sur avec il elle ils elles nous vous je tu mais ou où plus très être avoir été fait sa ses leur leurs son mes mon
ton tes notre votre aussi comme tout tous toute si ça c'est aujourd'hui chez depuis entre`);
