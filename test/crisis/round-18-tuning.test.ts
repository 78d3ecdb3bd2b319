// The classes round 17 (spent since the eighteenth round was written) missed, widened as classes in
// scenarios/crisis/*.yaml and concepts.yaml (crisistune18), with messages written for this test (none is round 17's),
// in kk (Cyrillic, Latin), ru and en: violence above all (attacks on a school or a church planned or talked over,
// beheading, honour killings, a faith to be purged, death threats sent, a weapon taken to go after someone), then
// self-harm, danger and travel pressure. Beside them, ordinary messages in the same words that stay quiet, and the
// classes round 17 over-raised: games in which things blow up, a teacher who "will kill" the class, a pill asked
// for an ailment, harm denied with "has", a trip with the family, a grandmother's secret.
import { describe, expect, it } from "vitest";
import type { CrisisCategory } from "../../src/crisis/categories.ts";
import { testContent } from "../support/content.ts";

const { detector } = testContent().crisis;
const categoriesOf = (text: string) => detector.detect(text).map((match) => match.category);

const SIGNALS: [string, CrisisCategory][] = [
  // Attacks planned or talked over: arson, an attack on a school, a college or a church, opening fire.
  ["ұлым мектепті өртеу жоспарын талқылайтын топқа кіріп алыпты", "violence"],
  ["сын сидит в группе, где планируют поджог колледжа", "violence"],
  ["my brother is in a group chat planning an arson attack on his college", "violence"],
  ["бүгін түнде мектепке оқ жаудырамыз", "violence"],
  ["хочет открыть огонь на линейке первого сентября", "violence"],
  ["he wants to open fire at the school assembly", "violence"],
  ["torching their house tomorrow", "violence"],
  // Beheading, a family to be slaughtered, a weapon taken to go after someone.
  ["сол имамды тауып алып, басын кесемін", "violence"],
  ["найду этого блогера и отрублю голову", "violence"],
  ["i'll find that preacher and cut his head off", "violence"],
  ["сосед обещал перерезать всех нас", "violence"],
  ["әкем балтаны алып, көршіні іздеп кетті", "violence"],
  ["брат схватил нож и пошёл искать отчима", "violence"],
  ["my uncle took a knife and went looking for her boyfriend", "violence"],
  // Death deserved for an insult or for a family's honour; death threats sent.
  ["кімде-кім ағамды қорласа, өлуі тиіс дейді", "violence"],
  ["кто оскорбит пророка, умрёт, так он сказал и ушёл", "violence"],
  ["ағам әпкемді намысымызды таптады деп, оны өлтіру керек дейді", "violence"],
  ["дядя говорит, что она опозорила семью и должна умереть", "violence"],
  ["my cousin dishonoured the family and her brothers say she has to die", "violence"],
  ["сын отправляет угрозы убийством учительнице", "violence"],
  ["my son keeps sending death threats to his ex", "violence"],
  // A world to be purged of a faith.
  ["сын пишет, что мир надо очистить от неверных", "violence"],
  ["ол жер бетінен кәпірлерді жою керек дейді", "violence"],
  ["he says the world must be purged of the jews", "violence"],
  // Danger: a wedding nobody asked the bride about, a minor married off.
  ["тойым ертең, бірақ менен ешкім сұрамайды", "danger"],
  ["свадьба в субботу, меня никто не спрашивает", "danger"],
  ["the nikah is on friday and nobody asked me", "danger"],
  ["мне 15, а меня выдают замуж за его друга", "danger"],
  ["she's 15 and they're marrying her off next week", "danger"],
  // Gambling debts with men coming for the debtor; held in a conflict zone; a passport kept by an agency.
  ["ағам казинода ұтылып қалды, енді үйге келеміз деп жазып жатыр", "danger"],
  ["отец проигрался, коллекторы пишут что придут за ним домой", "danger"],
  ["my dad owes gambling debts and men came to our house last night", "danger"],
  ["қызым Сириядағы лагерде, олар шыға алмайды дейді", "danger"],
  ["сестра в лагере в Сирии, говорит, они не могут уехать", "danger"],
  ["my nephew is in Iraq and says they can't leave the camp", "danger"],
  ["the agency keeps his passport and he cant go anywhere", "danger"],
  ["he keeps showing up at my work and said next time i'll regret it", "danger"],
  // Self-harm: things given away with an eerie calm, or before leaving on a day.
  ["әпкем бар заттарын таратып берді, енді бір түрлі тыныш", "self-harm"],
  ["подруга раздала все свои вещи и стала подозрительно спокойной", "self-harm"],
  ["my friend gave away his guitar and now he's weirdly calm", "self-harm"],
  ["сенбіде кетемін, киімдерімді сіңлілеріме таратып бердім", "self-harm"],
  ["в пятницу уйду, раздала все свои книги", "self-harm"],
  ["i gave away my games, i'll be gone by monday", "self-harm"],
  // An old person who stopped eating and speaks of joining the dead.
  ["атам тамақ ішпей қойды, әжемнің қасына барамын дейді", "self-harm"],
  ["дедушка перестал есть и говорит, что хочет к бабушке", "self-harm"],
  ["grandma stopped eating and says she wants to join grandpa", "self-harm"],
  // Rails, a gun turned on oneself, a will written young, burning oneself.
  ["я лягу на рельсы завтра", "self-harm"],
  ["ол рельске жатамын деп жазды", "self-harm"],
  ["my friend says she'll lie on the tracks tonight", "self-harm"],
  ["өзімді атамын деп мылтықты алды", "self-harm"],
  ["пишу завещание в 16 лет", "self-harm"],
  ["16 жасымда өсиет жазып отырмын", "self-harm"],
  ["i'm 16 and writing my will", "self-harm"],
  ["жгу руку зажигалкой каждый вечер", "self-harm"],
  ["қолыма темекі басып жүрмін", "self-harm"],
  ["i keep holding a cigarette to my wrist", "self-harm"],
  // Passwords handed over with "don't ask why"; disappearing forever; life insurance "at least".
  ["сестра прислала мне все свои пароли и сказала не спрашивать почему", "self-harm"],
  ["інім барлық құпиясөздерін жіберіп, неге деп сұрама деді", "self-harm"],
  ["he sent me all his passwords and said don't ask why", "self-harm"],
  ["i just want to disappear forever", "self-harm"],
  ["ол мәңгіге жоғалғым келеді деді", "self-harm"],
  ["папа сказал, что хотя бы мы получим страховку жизни", "self-harm"],
  ["he said at least we'll get the life insurance when he's gone", "self-harm"],
  // Travel pressure: work offered and war instead.
  ["the recruiters promise work in Russia but they send people to the front", "travel-pressure"],
  ["ағамды Ресейге жұмысқа жалдап, соғысқа жібереді екен", "travel-pressure"],
];

const ORDINARY = [
  // Games in which things blow up; a teacher or a coach who "will kill" the class.
  "в майнкрафте крипер взорвал мою ферму",
  "Роблокста досым менің үйімді жарып жіберді",
  "the creeper blew up my house in minecraft",
  "мұғалім ертең бақылау жұмысы үшін бәрімізді өлтіреді ғой",
  "жаттықтырушы бүгін бізді жаттығуда өлтіреді",
  // A pill asked for an ailment; harm denied with "has".
  "какие таблетки можно пить от температуры",
  "what pill can i take for a headache",
  "қандай дәрі ішуге болады басым ауырса",
  "no one has ever threatened me, i just have a question",
  "nobody has hurt me, i want to ask about the center",
  // School drills.
  "учебная тревога в школе, отрабатывали эвакуацию при нападении",
  "we had a lockdown drill at school about an attack on the school",
  "мектепте эвакуация жаттығуы болды, шабуыл болса не істеу керек",
  // Grandparents, a trip with the family, a grandmother's or a mother's secret.
  "бабушка испекла пирог, завтра поедем к ней",
  "my grandma gave me her old recipe book",
  "мы с мамой купили билеты в Стамбул на выходные",
  "my mom and i booked tickets to Antalya for a weekend trip",
  "анам екеуміз Түркияға билет алдық",
  "мама сказала никому не рассказывать про сюрприз для папы",
  "grandma said not to tell anyone about the surprise party",
  "мой муж купил мне билет к маме в Актобе",
  "my husband bought me a ticket to see my mom in Shymkent",
  // The same words in everyday messages.
  "the hotel keeps his passport until checkout",
  "he keeps his passport in a drawer at home",
  "my brother took an axe and went to chop firewood",
  "she's 16 and going to her cousin's wedding",
  "i said no to the wedding cake they picked",
  "я против свадьбы летом, хочу осенью",
  "my friend gave away his old guitar because he bought a new one",
  "раздала детские вещи, переезжаем в Астану",
  "мой брат проиграл в футбол, теперь друзья придут за реваншем",
  "дедушка перестал есть сладкое по совету врача",
  "grandpa stopped eating meat, he says it's time to be healthy",
  "he keeps showing up at my work with coffee, so sweet",
  "история: как монголы сожгли Отрар",
  // The model's over-raises of round 17, as classes (it learned the hand-written hard negatives of data/tuner.ts):
  // a history lesson about a siege, a marriage the bride chose, a message sent to the wrong chat.
  "the history teacher told us how the city held out under siege",
  "тарих сабағында қала қоршауға қалай шыдағанын айтты",
  "сестру выдали замуж за того, кого она сама выбрала",
  "ой, это сообщение не вам, простите",
  "sorry, that message wasn't meant for you",
];

describe("round 17's classes, widened", () => {
  it.each(SIGNALS)("%s is %s", (text, category) => {
    expect(categoriesOf(text)).toContain(category);
  });

  it.each(ORDINARY)("%s raises nothing", (text) => {
    expect(categoriesOf(text)).toEqual([]);
  });
});
