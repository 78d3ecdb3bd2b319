// Words that carry no topic: pronouns, particles, question words, greetings and fillers.
// Dropping them keeps a long, emotional message from matching whatever entry repeats "мой" or "how".
import { foldKazakh, stemKazakh } from "./kazakh-stemmer.ts";

const words = (list: string) => list.split(/\s+/).filter(Boolean);

/**
 * A Russian word as both the index and the matcher compare it: ё as е, and without the soft and hard
 * signs, which Latin-letter typing drops ("ponyat", "tyurme") and hasty typing often forgets.
 */
export function plainRussian(word: string): string {
  return word.replaceAll("ё", "е").replace(/[ьъ]/g, "");
}

export const RUSSIAN_STOPWORDS = new Set(
  words(`
  и в во не что он на я с со как а то все всё она так его но да ты к у же вы за бы по только ее её мне
  было вот от меня еще ещё нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до
  вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их
  чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой
  совсем ним здесь этом один почти мой тем чтобы нее неё сейчас были куда зачем всех никогда можно при
  наконец два об другой хоть после над больше тот через эти нас про всего них какая много разве три эту
  моя впрочем хорошо свою этой перед иногда лучше чуть том такой им более всегда конечно всю
  между это мои мое моё моего моей моих мою моему твой твоя твои ваш ваша ваши наш наша наши его
  свой своя свои своего своей которые который которая которое очень просто вообще как-то какие каким
  как-нибудь пожалуйста здравствуйте привет добрый день вечер спасибо извините скажите подскажите
  почему что-то кто-то нужно нужна нужен делать сделать знать хочу хотел хотела стал стала стало
  вот-вот ой ах эх блин типа короче вроде ли бы либо также тоже весь вся всем всеми этим эта
  стоит сколько какое каких какую каком почему-то могу может могут мочь смогу хочет хотят хочется
  делаю делает говорит говорят говорил говорила сказал сказала сказали сказать говорить сейчас уже
  вообще просто очень тоже такое такая такие такого таком такую такими таким этого этому этих
  кем кому кого чему ком каждый каждая каждое каждого каждому каждой каждом каждые каждых
  `).map(plainRussian),
);

export const KAZAKH_STOPWORDS = new Set(
  words(`
  мен сен сіз ол біз сіздер олар бұл сол осы мына ана анау және мен да де та те ма ме ба бе па пе ғой
  қой ғана қана бар жоқ не неге неліктен қалай қашан қайда кім қандай қанша үшін туралы бойынша дейін
  кейін сияқты секілді өте тым енді әлі бір ең әр барлық бәрі бүкіл керек болады болса болып еді едім
  менің сенің сіздің оның біздің олардың маған саған сізге оған бізге оларға мені сені сізді оны бізді
  оларды менде сенде онда мында егер бірақ немесе әлде яғни иә ия ой ау ах рахмет сәлем сәлеметсіз
  қайырлы күн кеш өз өзі өзім өзің өзіңіз жай тек сондай мынадай осындай ештеңе қазір кейде әрі
  ғой ше шығар екен еді дегенмен сонда сосын содан кейін мүмкін тағы да сіз өтінемін
  айтыңызшы айтыңыз білгім келеді жақсы болды болған болсын болмайды болмаса істеймін істеу істесем
  келеді келді керек па олардың олардан оларға соны сонда деп дейді деді қайдан қайсы қайдағы қай
  бастады бастапты бастаған бастап
  `).map(foldKazakh),
);

// Auxiliary verbs whose every form says nothing: бол- "be", бер- "give", жүр-/тұр-/отыр-/жатыр "be doing",
// кел- "come" (шыққым келеді "I want to leave"), айт- "say", істе- "do" (as their stems).
export const KAZAKH_STOP_STEMS = new Set(
  words("болу беру жүру тұру отыру жатыр келу айту істеу").map(stemKazakh),
);

export const ENGLISH_STOPWORDS = new Set(
  words(`
  a an the and or but if then so of to in on at by for with from about as into than too very can could
  would should will shall may might must do does did doing done is are was were be been being am have
  has had having i me my mine myself we us our ours you your yours he him his she her hers it its they
  them their theirs this that these those what which who whom whose when where why how all any both
  each few more most other some such no nor not only own same just don t s ll ve re m d please hi hello
  thanks thank dear ok okay really also there here up down out over again once get got know want wanted
  need tell me oh well like go going goes gone come came say says said told make makes made take took
  even ever since now still something anything everything nothing thing things way lot much many yes
  maybe always never already yet around across through because while during before after until
  would let lets keep keeps kept seem seems every each
  dont doesnt didnt cant couldnt wont wouldnt shouldnt isnt arent wasnt werent havent hasnt im ive
  id youre youve hes shes theyre thats whats whos theres lets u ur ya yeah yep pls plz idk lol omg
  gonna wanna gotta kinda
  `),
);

// Words every kind of request is full of ("помогите", "a question", "мәселе"): a message is not about
// them, so they count for little next to its topic words, but still answer a message made of them alone.
export const GENERIC_WORDS = {
  ru: words(`
  помогите помоги помочь помощь подскажите посоветуйте совет проблема проблемы вопрос вопросы ситуация
  случай человек люди срочно
  `),
  kk: words(`
  көмек көмектесіңіз көмектесіңізші көмектесші кеңес мәселе сұрақ жағдай адам адамдар тез
  `),
  en: words(`
  help advice problem problems question questions situation issue person people urgent urgently
  `),
} as const;
