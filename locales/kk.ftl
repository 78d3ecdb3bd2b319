# Қазақша. Әр кілт ru.ftl және en.ftl файлдарында да бар (мұны тест тексереді).
# Бөлімдер src/ ішіндегі мүмкіндіктерге сәйкес; әр мүмкіндіктің кілттері өз тақырыбының астында.

## Welcome and main menu (src/welcome)
welcome-first =
    Сәлеметсіз бе. Бұл — «Ашық есік», діни қысымға, үгіт-насихатқа немесе жақын адамының өзгергеніне алаңдайтын кез келген адамға арналған анонимді чат.

    • Атыңызды да, телефон нөміріңізді де айтудың қажеті жоқ. Әңгімеге қажеттісін ғана сақтаймын, одан артығын тек сіздің рұқсатыңызбен: /privacy.
    • Бұл полиция да, діни үкім шығаратын мекеме де емес. Біз тыңдаймыз, түсіндіреміз және кім көмектесе алатынын айтамыз.
    • Сізге Қазақстандағы консультациялық және оңалту орталықтары желісінің мамандары жауап береді.
    • Жазғаныңыз құпия сақталады. { confidentiality-limit }
# The same sentence closes the FAQ answers about confidentiality (test/knowledge checks it).
confidentiality-limit = Алдын ала айтатын жалғыз шегі: біреудің өміріне тікелей қауіп төнсе (сіздің не басқа адамның, мысалы, адамдарға шабуыл дайындалып жатса), кеңесші шұғыл қызметтерді тартуы мүмкін.
welcome-back = Қайта жазғаныңызға қуаныштымын. Немен көмектесейін?
emergency-line = Қазір қауіп төнсе — 112-ге қоңырау шалыңыз. Сенім телефоны: 114.
menu-prompt = Керегін таңдаңыз немесе сұрағыңызды өз сөзіңізбен жазыңыз.
menu-language = 🌐 Тіл
menu-button = ☰ Мәзір

## Language (src/language)
language-choose = Сөйлесу тілін таңдаңыз:
language-follow-telegram = Telegram-дағыдай
language-changed = Жарайды, енді қазақша жазамын.

## Consent (src/consent)
consent-counselor-explain = Сізді кеңесшімен байланыстыру үшін әңгіме жүріп жатқанда осы чатқа апаратын шифрланған сілтемені сақтауым керек. Әңгіме аяқталған бойда ол өшіріледі. Кеңесші сіздің атыңызды да, никіңізді де, телефон нөміріңізді де көрмейді.
consent-counselor-brief = Хабарларыңызды кеңесшіге жеткізу үшін әңгіме аяқталғанша осы чатқа шифрланған сілтемені сақтауға бола ма? Басқа ештеңе сақталмайды.
consent-history-explain = Келесі кеңесші әңгімені тоқтаған жерінен жалғастыра алуы үшін кеңесшімен сөйлескен мәтініңізді { $days } күн сақтауға бола ма? Рұқсат бермесеңіз, әңгіме жабылғанда мәтін өшіріледі.
consent-statistics-explain = Қандай көмек сұралғанын сізге еш байланыстырмай (күн және өңір бойынша) санауға бола ма? Бұл орталықтарға жұмысын жоспарлауға көмектеседі. Сіз туралы ештеңе сақталмайды.
consent-allow = ✅ Рұқсат беру
consent-decline = Қазір емес
consent-granted = Рахмет. Келісімді кез келген уақытта /privacy арқылы қайтарып ала аласыз.
consent-declined = Түсіндім, ештеңе сақталмайды. Келісім қажет етпейтін мүмкіндіктердің бәрі бұрынғыдай жұмыс істейді.

## Referral: centers nearby (src/referral)
menu-centers = 📍 Жақын маңнан көмек табу
centers-ask = Қай жерден іздейін? Төмендегі батырмамен орналасқан жеріңізді жіберіңіз: оны тек осы жауап үшін пайдаланамын және сақтамаймын. Немесе өңіріңізді таңдаңыз.
centers-share-location = 📍 Орналасқан жерімді жіберу
centers-choose-region = 🗺 Өңірді таңдау
centers-cancel = ✖️ Болдырмау
centers-cancelled = Жарайды, тоқтаттым. Мәзір осында: /menu
centers-region-prompt = Өңіріңізді немесе қалаңызды таңдаңыз:
centers-location-used = Рахмет. Бұл геолокацияны тек осы жауап үшін пайдаландым, еш жерде сақтамадым.
centers-live-location = Үздіксіз жіберілетін геолокацияны бақыламаймын: алғашқы нүктені бір рет қана пайдаландым. Бөлісуді Telegram-да тоқтата аласыз.
centers-invalid-location = Бұл геолокацияны оқи алмадым. Қайталап көріңіз немесе тізімнен өңіріңізді таңдаңыз.
centers-abroad = Бұл нүкте Қазақстаннан тыс сияқты, ал мен білетін орталықтар Қазақстанда. Қазақстанда шекараға жақын жерде болсаңыз, өңіріңізді таңдаңыз. Қай жерде болсаңыз да, кеңесші осы жерде жауап бере алады.
centers-abroad-regions = Қазақстанның өңірін таңдаңыз немесе кеңесшімен сөйлесіңіз:
centers-heading-location = Сізге ең жақын орталықтар:
centers-heading-region = { $city } маңындағы орталықтар ({ $region }):
centers-filter-active = Тек: { $need }
centers-none-for-need = «{ $need }» көмегін көрсететін орталықты әзірге білмеймін. Сенім телефоны немесе осы жердегі кеңесші көмектесе алады.
centers-none-at-all = Әзірге ешбір орталықтың мекенжайын білмеймін. Сенім телефоны немесе осы жердегі кеңесші көмектесе алады.
centers-far = Мен білетін ең жақын орталық бұл жерден алыс: { $distance }, { $city } қаласында. Жақынырақ көмек: 114 сенім телефоны немесе осы чаттағы кеңесші, анонимді түрде.
centers-far-list = Бару мүмкіндігіңіз болса, ең жақын орталықтар мыналар:
centers-distance = { $distance } км
centers-distance-under-one = 1 км-ге жетпейді
centers-place-approximate = { $city } (қала орталығы; нақты мекенжайы әзірге көрсетілмеген)
centers-place-address = { $city }, { $address }
centers-offers = Көмек түрі: { $services }
centers-service =
    { $service ->
        [consultation] кеңес беру
        [rehabilitation] оңалту
        [psychological] психологиялық көмек
        [family] отбасына көмек
        [legal] заң көмегі
        [theology] теологтардың жауаптары
        [returnees] елге оралғандарға көмек
       *[convicts] сотталғандармен және олардың отбасыларымен жұмыс
    }
centers-phone = ☎ { $phone }
centers-phone-unknown = Телефоны әзірге көрсетілмеген
centers-contact-unknown = Телефоны мен жұмыс уақыты әзірге көрсетілмеген
centers-languages = Тілдері: { $languages }
centers-language =
    { $language ->
        [kk] қазақ тілі
       *[ru] орыс тілі
    }
centers-hours-unconfirmed = Жұмыс уақыты нақтылануда
centers-hours-unknown = Жұмыс уақыты әзірге көрсетілмеген
centers-open-until = { $schedule } · қазір ашық, жабылуы: { $time }
centers-open-always = { $schedule } · қазір ашық, тәулік бойы
centers-closed-opens =
    { $schedule } · қазір жабық, ашылуы: { $day ->
        [mon] дүйсенбі
        [tue] сейсенбі
        [wed] сәрсенбі
        [thu] бейсенбі
        [fri] жұма
        [sat] сенбі
       *[sun] жексенбі
    }, { $time }
centers-closed = Қазір жабық
centers-day-short =
    { $day ->
        [mon] Дс
        [tue] Сс
        [wed] Ср
        [thu] Бс
        [fri] Жм
        [sat] Сб
       *[sun] Жс
    }
centers-hotline = ☎ { $phone } — { $name }
centers-counselor-offer = Қаласаңыз, осы жерде кеңесшімен анонимді түрде сөйлесе аласыз.
centers-need =
    { $need ->
        [consultation] 💬 Кеңес
        [rehabilitation] 🤝 Оңалту
        [psychological] 🧠 Психологиялық көмек
        [family] 👨‍👩‍👧 Отбасына көмек
       *[all] Барлық орталықтар
    }
centers-another-place = 🗺 Басқа жер
centers-venue-approximate = { $city } (қала орталығы)

## Knowledge base (src/knowledge)
menu-questions = ❓ Сұрақтар мен жауаптар
faq-topics = Тақырыпты таңдаңыз. Немесе сұрағыңызды өз сөзіңізбен жаза беріңіз, мен жауап іздеп көремін.
faq-page = { $category }: { $total } сұрақтың { $from }–{ $to }
faq-previous = ◀️ Алдыңғылары
faq-next = Келесілері ▶️
faq-all-topics = ⬅️ Барлық тақырыптар
faq-helpful-yes = 👍 Көмектесті
faq-helpful-no = 👎 Көмектеспеді
faq-thanks = Жауабыңызға рахмет.
faq-back = ⬅️ { $category }
faq-browse = ❓ Барлық сұрақтар
faq-not-what-you-meant = Іздегеніңіз бұл емес пе? Мүмкін, мына сұрақтардың бірі:
faq-did-you-mean = Мына сұрақтардың бірін айтқыңыз келді ме?
faq-no-match = Бұл сұраққа менде дайын жауап жоқ. Кеңесші сізге өзі, жасырын түрде жауап бере алады: атыңыз бен телефон нөміріңіз қажет емес. Сондай-ақ 114 сенім телефонына қоңырау шалуға болады.
faq-gone = Кешіріңіз, бұл енді қолжетімсіз.
faq-clarify-who = Дұрыс жауап табу үшін: әңгіме кім туралы?
faq-clarify-self = 🙋 Өзім туралы
faq-clarify-family = 👪 Жақын адамым туралы
faq-clarify-what = Сізді ең көп не алаңдатады? Ең жақынын таңдаңыз:
faq-support =
    Қазір сізге қатты ауыр сияқты, мұны жалғыз көтерудің қажеті жоқ. Мұнда сізбен кеңесші сөйлесе алады: тірі адам, атыңыз бен телефон нөміріңіз керек емес.

    Өзіңізге зиян келтіруіңіз мүмкін болса немесе дәл қазір қауіп төнсе, 112-ге қоңырау шалыңыз.
faq-support-more = Дәл қазір не көмектесе алады
faq-support-off-duty =
    Сізге қатты ауыр сияқты, мұны жалғыз көтерудің қажеті жоқ. Келесі кезекшілікке дейін кезекші кеңесші жоқ. Кезекшілік басталатын уақыт: { $when } (Алматы уақыты). Осы жерге жасырын хабар қалдыра аласыз: сол кезекшіліктің кеңесшісі оны бірінші көреді.

    Өзіңізге зиян келтіруіңіз мүмкін болса немесе қауіп төнсе, күтпеңіз: 112-ге қоңырау шалыңыз. 114 сенім телефоны да бар.
faq-support-off-duty-unknown =
    Сізге қатты ауыр сияқты, мұны жалғыз көтерудің қажеті жоқ. Кезекші кеңесші жоқ, келесі кезекшілік әлі белгіленбеген. Осы жерге жасырын хабар қалдыра аласыз: келесі кезекші кеңесші оны бірінші көреді.

    Өзіңізге зиян келтіруіңіз мүмкін болса немесе қауіп төнсе, күтпеңіз: 112-ге қоңырау шалыңыз. 114 сенім телефоны да бар.
faq-support-paused =
    Сізге қатты ауыр сияқты, мұны жалғыз көтерудің қажеті жоқ. Барлық кеңесшілер бос емес, біраз уақыт жаңа әңгіме бастай алмайды. Осы жерге жасырын хабар қалдыра аласыз: кеңесші босаған бойда оны көреді.

    Өзіңізге зиян келтіруіңіз мүмкін болса немесе қауіп төнсе, күтпеңіз: 112-ге қоңырау шалыңыз. 114 сенім телефоны да бар.
faq-support-no-counselors =
    Сізге қатты ауыр сияқты, мұны жалғыз көтерудің қажеті жоқ. Бұл чат арқылы кеңесшімен байланысу мүмкін емес, бірақ 114 сенім телефонында сізді жасырын тыңдайды.

    Өзіңізге зиян келтіруіңіз мүмкін болса немесе қауіп төнсе, 112-ге қоңырау шалыңыз.
faq-kind-reply = Кешіріңіз, көмектесе алмадым. Мен ботпын, кейде қателесемін. Басқа сөзбен сұрауға, тақырып таңдауға немесе кеңесшіге жазуға болады: оны тірі адам оқиды.
faq-counselor-languages = Бұл қызметтің кеңесшілері { $languages } сөйлейді.
faq-counselor-language-served = Кеңесшіге өз тіліңізде жаза аласыз.
faq-counselor-language-missing =
    Олардың ішінде { $language ->
        [kk] қазақ
        [ru] орыс
       *[en] ағылшын
    } тілі жоқ: кеңесшіге жазсаңыз, жауап осы тілдердің бірінде келеді. Боттың қалған бөлігі сіздің тіліңізде жұмыс істейді.
faq-language-spoken =
    { $code ->
        [kk] қазақша
        [ru] орысша
       *[en] ағылшынша
    }
faq-and = және

## Triage (src/triage)
menu-triage = 🧭 Не істеу керегін анықтауға көмектесіңіз
triage-intro = Не көмектесетінін бірге анықтайық. Төрт қысқа сұрақ; ешкімнің атын атаудың қажеті жоқ, кез келген уақытта артқа қайтуға немесе тоқтауға болады.
triage-ask-who = Кім үшін сұрап отырсыз?
triage-who-self = Өзім үшін
triage-who-family = Туысым немесе досым үшін
triage-who-professional = Адамдармен жұмыс істеймін (мұғалім, имам…)
triage-who-other = Басқа
triage-ask-concern = Сізді ең көп не алаңдатады?
triage-concern-recruitment = Қысым немесе үгіттеу
triage-concern-changed-behaviour = Жақын адамым өзгерді
triage-concern-returnee = Адам қақтығыс аймағынан оралды
triage-concern-study-abroad = Шетелде діни білім алу
triage-concern-online-materials = Интернетте бір нәрсе көрдім
triage-concern-legal = Заң сұрақтары
triage-concern-leaving-group = Топтан шығу
triage-concern-other = Басқа
triage-ask-urgency = Бұл қаншалықты шұғыл?
triage-urgency-now = Біреуге дәл қазір қауіп төніп тұр
triage-urgency-soon = Маңызды, жақын күндері кеңес керек
triage-urgency-info = Түсінгім келеді, асығыс емес
triage-urgent-first = Біреуге дәл қазір қауіп төніп тұрса, алдымен 112-ге қоңырау шалыңыз. Кеңесші де сізге осы жерде жаза алады:
triage-ask-region = Қай жердесіз? Сонда ең жақын орталықтарды айтамын. Төмендегі батырмамен геолокацияңызды жіберіңіз (бір рет қолданамын, сақтамаймын), тізімнен өңіріңізді таңдаңыз немесе өткізіп жіберіңіз.
triage-region-list = Өңіріңіз немесе қалаңыз:
triage-share-location = 📍 Геолокацияны жіберу
triage-skip = Өткізіп жіберу
triage-back = ← Артқа
triage-cancel = ✖️ Бас тарту
triage-answered =
    { $question }
    ✓ { $answer }
triage-region-chosen = ✓ { $region }
triage-region-skipped = ✓ Өңір көрсетілмеді
triage-region-abroad = Бұл жер Қазақстаннан тыс сияқты, сондықтан одан өңірді анықтай алмаймын. Тізімнен өңірді таңдаңыз немесе өткізіп жіберіңіз.
triage-going-back = ↩ Алдыңғы сұраққа оралайық.
triage-cancelled = Тоқтадық. Жауаптарыңыздың ешқайсысы сақталған жоқ. Мәзірден кез келген уақытта қайта бастауға болады.
triage-choose-button = Жоғарыдағы нұсқалардың бірін таңдаңыз немесе тоқтау үшін /cancel деп жазыңыз. Өз сұрағыңызды осы төрт сұрақтан кейін өз сөзіңізбен қоя аласыз.
triage-maybe-this = Сұрағыңыздың жауабы осында болуы мүмкін (жоғарыдағы таңдау әлі ашық):
triage-welcome-back = Қош келдіңіз! Өткен жолы ортасында тоқтап қалдық. Міне, қай жерде едік: жалғастырыңыз немесе /cancel деп жазыңыз.
triage-result-self = Айтқаныңызға рахмет. Сұрау — дұрыс қадам, ал мұнда сұрау қауіпсіз.
triage-result-family = Қамқорлығыңызға рахмет. Адаммен байланысты үзбеу дауда жеңуден маңыздырақ, әрі бұл жүкті жалғыз көтерудің қажеті жоқ.
triage-result-professional = Рахмет. Сіздің қызметіңізде көбіне сабырлы назар мен мамандарға бағыттау көмектеседі.
triage-result-other = Рахмет. Мынадан бастауға болады.
triage-result-urgent = Біреуге қауіп төніп тұр: қазір 112-ге қоңырау шалыңыз. Кеңесші де сізге осы жерде жаза алады.
triage-result-plan = Ұсынысым, ретімен: төмендегі жауаптарды оқу, жақын орталықты табу немесе кеңесшімен сөйлесу.
triage-result-plan-urgent = Ұсынысым: қазір кеңесшімен сөйлесіңіз. Жақын орталықтар мен оқуға арналған жауаптар төменде.
triage-centers = 📍 Жақын орталықтар
triage-centers-in = 📍 Орталықтар: { $region }

## Crisis safety (src/crisis)
crisis-call-112 = 🆘 Біреудің өміріне дәл қазір қауіп төнсе, 112-ге қоңырау шалыңыз (тегін, тәулік бойы).
crisis-call-102 = 🚓 Біреу адамды қорқытса, оған зиян келтірсе немесе қақтығыс аймағына кетуге мәжбүрлесе, полицияға қоңырау шалыңыз: 102.
crisis-call-103 = 🚑 Дәрі не у ішіліп қойса немесе біреу жараланса, жедел жәрдем шақырыңыз: 103.
crisis-support-self-harm = Жазғаныңыз жақсы болды. Мұны жалғыз көтерудің қажеті жоқ: кеңесші сізге осы жерде жаза алады.
crisis-support-danger = Сіздің қауіпсіздігіңіз бәрінен маңызды. Мүмкін болса, қауіпсіз жерге барыңыз. Кеңесші сізге осы жерде жаза алады.
crisis-support-violence = Біреу зардап шегуі мүмкін болса, қазір 112-ге қоңырау шалыңыз. Кеңесші мұның бәрін ойластыруға көмектеседі, осы жерде және анонимді түрде.
crisis-support-travel-pressure = Ешкім адамды кетуге мәжбүрлей алмайды. Кеңесші келесі қадамдарды ойластыруға көмектеседі, осы жерде және анонимді түрде.
crisis-talk = 💬 Қазір кеңесшімен сөйлесу
crisis-steps-self-harm = Жазғаныңыз жақсы болды. Кідірмей үш қадам жасаңыз: жалғыз қалмаңыз (сенетін адамыңызға қоңырау шалыңыз не қасына барыңыз); дәрі-дәрмекті, ұстараны және өзіңізге зиян келтіруі мүмкін нәрсенің бәрін қолыңыз жетпейтін жерге қойыңыз не біреуге беріп қойыңыз; өзіңізге зиян келтіріп алудан қорықсаңыз, 112-ге қоңырау шалыңыз.
crisis-steps-danger = Сіздің қауіпсіздігіңіз бәрінен маңызды. Мүмкін болса, қауіпсіз жерге не сенетін адамдарыңызға барыңыз, телефоныңызды зарядтап, қасыңызда ұстаңыз, ал қауіп жақындаса, 112-ге қоңырау шалыңыз.
crisis-steps-violence = Біреу зардап шегуі мүмкін болса, 112-ге қоңырау шалыңыз. Ол адамнан да, кез келген қарудан да аулақ болыңыз, онымен оңаша қалмаңыз.
crisis-steps-travel-pressure = Ешкім адамды кетуге мәжбүрлей алмайды. Төлқұжат пен құжаттарды сенімді жерге тығып қойыңыз, сенетін адамыңызға айтыңыз, ал адамды алып кетіп бара жатса, 102-ге қоңырау шалыңыз.
crisis-off-duty = Келесі кезекшілікке дейін кезекші кеңесші жоқ. Кезекшілік басталатын уақыт: { $when } (Алматы уақыты). Қауіп төнсе, күтпеңіз: 112-ге қоңырау шалыңыз.
crisis-off-duty-unknown = Кезекші кеңесші жоқ, келесі кезекшілік әлі белгіленбеген. Қауіп төнсе, күтпеңіз: 112-ге қоңырау шалыңыз.
crisis-counselors-paused = Барлық кеңесшілер бос емес, біраз уақыт жаңа әңгіме бастай алмайды. Қауіп төнсе, күтпеңіз: 112-ге қоңырау шалыңыз.
crisis-no-counselors = Бұл чат арқылы кеңесшімен байланысу мүмкін емес. Сенім телефоны: 114. Қауіп төнсе, 112-ге қоңырау шалыңыз.
crisis-leave-message = Осы жерге хабар қалдыра аласыз: келесі кезекші кеңесші оны бірінші көреді.
crisis-leave-message-button = ✉️ Кеңесшіге хабар қалдыру

## Privacy rights (src/privacy-rights)
menu-privacy = 🔒 Менің деректерім
privacy-title = Қазір сіз туралы не сақтаймын:
privacy-state = • Баптауларыңыз және әңгімеде қай жерде тоқтағанымыз (тіл, «Анықтауға көмектесіңіз» бөліміндегі жауаптарыңыз, қауіпсіздік туралы соңғы хабар): { $until } дейін, яғни соңғы хабарыңыздан кейін { $days } күн. Бұған келісім қажет емес: онсыз сізбен сөйлесе алмас едім.
privacy-state-none = • Баптаулар мен әңгіме: ештеңе сақталмайды.
privacy-purpose-counselor = Кеңесшімен байланыс
privacy-purpose-history = Әңгіме тарихы
privacy-purpose-statistics = Анонимді статистика
privacy-explain-counselor = осы чатқа шифрланған сілтеме, тек кеңесшімен әңгіме ашық тұрғанда; ол жабылғанда өшіріледі.
privacy-explain-history = кеңесшімен әңгімеңіздің мәтіні, { $days } күнге, келесі кеңесші жалғастыра алуы үшін.
privacy-explain-statistics = қандай көмек сұралғанын күн және өңір бойынша санау, сізбен байланыссыз.
privacy-consent-on = ✅ { $purpose }: { $date } рұқсат берілді. Сақталатыны: { $explain }
privacy-consent-off = ⭕ { $purpose }: рұқсат жоқ. Рұқсат берілсе, сақталатыны: { $explain }
privacy-records = • Сізге байланысты басқа жазбалар: { $records }.
privacy-record = { $table } ({ $count })
privacy-record-until = { $table } ({ $count }, { $until } дейін)
privacy-table-counsel_case = кеңесшімен әңгіме
privacy-table-case_link = осы чатқа шифрланған сілтеме
privacy-table-case_history = сақталған әңгіме мәтіні (шифрланған)
privacy-table-case_block = уақытша бұғаттау
privacy-table-counselor = кеңесші профилі
privacy-footer = /mydata мұның бәрін файлмен жібереді. /forget бәрін бірден өшіреді. Төмендегі батырмалармен әр мақсатқа рұқсат беруге не оны қайтарып алуға болады; қайтарып алғанда соған байланысты нәрсе бірден өшіріледі.
privacy-withdraw = Қайтарып алу: { $purpose }
privacy-allow = Рұқсат беру: { $purpose }
privacy-withdrawn = Қайтарып алынды. Соған байланысты нәрсе өшірілді.
privacy-allowed = Рұқсат берілді. Мұнда кез келген уақытта қайтарып алуға болады.
mydata-caption = Қазір сіз туралы сақтайтынымның бәрі. «[encrypted]» — шифрланып сақталатын мәндер: оларды тек кеңесшінің жауабын сізге жеткізу үшін ашады.
forget-confirm = Бұл сіз туралы бәрін бірден өшіреді: баптауларды, келісімдерді, кеңесшімен ашық әңгімені (ол жабылады) және осы чаттың соңғы 48 сағаттағы хабарларын. Мұны қайтару мүмкін емес. Бәрін өшірейін бе?
forget-yes = 🗑 Иә, бәрін өшіру
forget-no = Жоқ, қалдыру
forget-kept = Ештеңе өшірілген жоқ.
forget-done = Дайын: сіз туралы бәрі өшірілді. Бұл хабарды да өшіруге болады (оны басып ұстап тұрыңыз). Қайта жазсаңыз, бәрін басынан бастаймыз.

## Counselors (src/counselors)
menu-talk = 💬 Адаммен сөйлесу
counselors-unavailable = Бұл чат арқылы кеңесшімен байланысу мүмкін емес. Сенім телефоны: 114. Біреуге қауіп төнсе, 112-ге қоңырау шалыңыз.
counselors-consent-declined = Түсіндім, ештеңе сақталмайды. 114 сенім телефонына, ал біреуге қауіп төнсе, 112-ге қоңырау шалуға болады. Сұрақтарыңызды маған осы жерде келісімсіз-ақ жаза беріңіз.
counselors-blocked = { $date } дейін кеңесшімен жаңа сөйлесу бастай алмайсыз. Біреуге қауіп төнсе, 112-ге қоңырау шалыңыз. Сенім телефоны: 114.
counselors-already-waiting = Сіз кеңесшіге кезекте тұрсыз. Осы жерге жаза беріңіз: хабарларыңыз жеткізіледі.
counselors-already-connected = Сіз кеңесшімен байланыстасыз: осы жерге жаза беріңіз.
counselors-still-queued = Сіз кеңесшіге кезекте тұрсыз, орныңыз: { $position }. Осы жерге жаза беріңіз: хабарларыңыз жеткізіледі.
counselors-still-connected = Кеңесшімен сөйлесуіңіз ашық: осы жерге жазыңыз, хабарларыңыз оған жетеді. Аяқтау үшін: /end.
counselors-case-over = Ол сөйлесу аяқталған: бұл батырма енді ештеңе істемейді.
counselors-opened = Өтінішіңізді кеңесшілерге жібердім. Олар атыңызды да, никіңізді де, телефон нөміріңізді де көрмейді.
counselors-position = Кезектегі орныңыз: { $position }.
counselors-estimate-minutes = Күту уақыты шамамен { $low }–{ $high } минут. Бұл тек болжам.
counselors-estimate-long = Бүгін екі сағаттан артық күтуге тура келуі мүмкін. Кешіріңіз.
counselors-estimate-unknown = Қанша күту керегін әзірге айта алмаймын: кеңесші босаған бойда жауап береді.
counselors-waiting-hint = Кеңесші қосылғанда хабарлаймын. Қазірдің өзінде осы жерге жаза аласыз: хабарларыңыз атыңызсыз жеткізіледі.
counselors-off-duty = Келесі кезекшілікке дейін кезекші кеңесші жоқ. Кезекшілік басталатын уақыт: { $when } (Алматы уақыты).
counselors-off-duty-unknown = Кезекші кеңесші жоқ, келесі кезекшілік әлі белгіленбеген.
counselors-paused = Кеңесшілер біраз уақыт жаңа сөйлесулерді қабылдай алмайды: бәрі бос емес.
counselors-leave-message =
    Сенім телефоны: 114. Біреуге қауіп төнсе, 112-ге қоңырау шалыңыз (тегін, тәулік бойы).
    Осы жерге хабар қалдыра аласыз: кезекшілікке келген келесі кеңесші оны бірінші көреді.
counselors-queued-ack = ✓ Хабарыңыз келді. Кеңесші өтінішіңізді қабылдағанда оны көреді.
counselors-queued-ack-off-duty = ✓ Хабарыңыз келді. Келесі кезекшілікке дейін ({ $when }, Алматы уақыты) кезекші кеңесші жоқ: кезекшілікке келген кеңесші хабарларыңызды бірінші көреді. Қауіп төнсе, 112-ге қоңырау шалыңыз.
counselors-queued-ack-later = ✓ Хабарыңыз келді. Кеңесші босаған бойда оны көреді. Қауіп төнсе, 112-ге қоңырау шалыңыз.
counselors-end-button = Сөйлесуді аяқтау
counselors-end-confirm = Кеңесшімен сөйлесуді аяқтайсыз ба? Хабарларыңыз енді жеткізілмейді.
counselors-end-yes = Иә, аяқтау
counselors-end-no = Жоқ, жалғастыру
counselors-end-kept = Жақсы, сөйлесу жалғасады.
counselors-end-stale = Бұл батырма бұрынғы сұрақтікі: ештеңе аяқталған жоқ. Сөйлесуді аяқтау үшін «Сөйлесуді аяқтау» батырмасын қайта басыңыз.
counselors-joined = 🧑‍⚕️ Кеңесші { $alias } қосылды. Осы жерге жазыңыз: кеңесші хабарларыңызды көреді, бірақ атыңыз бен нөміріңізді көрмейді.
counselors-transferred = 🧑‍⚕️ Сөйлесуді кеңесші { $alias } жалғастырады.
counselors-back-in-queue = Кеңесшіңіз әңгімені жалғастыра алмайтын болды. Сіз қайтадан кезектесіз, хабарларыңыз жоғалмайды.
counselors-alias-shown = Кеңесші { $alias }
counselors-nothing-to-end = Кеңесшімен ашық сөйлесу жоқ.
counselors-closed-by-counselor = Кеңесші сөйлесуді аяқтады. Жазғаныңызға рахмет. Қажет болса, мәзірден кез келген уақытта жаңа сөйлесу бастаңыз.
counselors-closed-duplicate = Бұл өтініш жабылды: сөйлесуіңіз басқа өтініште жалғасады.
counselors-closed-ended = Сіз сөйлесуді аяқтадыңыз. Жазғаныңызға рахмет.
counselors-closed-idle = Мұнда біраз уақыт тыныш болды, сондықтан сөйлесу әзірге жабылды. Қайта сөйлескіңіз келсе, төмендегі «💬 Қайта сөйлесу» батырмасын басыңыз: кеңесші қосылады. Қауіп төнсе, 112-ге қоңырау шалыңыз.
counselors-closed-expired = Кешіріңіз, өтінішіңіз жауапсыз тым ұзақ күтті, сондықтан жабылды. Бұл сіздің емес, біздің кемшілігіміз. Қайта сұрау үшін төмендегі «💬 Қайта сөйлесу» батырмасын басыңыз; сенім телефоны: 114, қауіп төнсе: 112.
counselors-blocked-notice = Кеңесші бұл сөйлесуді аяқтады. { $date } дейін кеңесшімен жаңа сөйлесу бастай алмайсыз. Біреуге қауіп төнсе, 112-ге қоңырау шалыңыз.
counselors-rate-question = Сөйлесуді 1-ден 5-ке дейін бағалаңызшы. Баға жасырын, ол сізбен де, сөйлесумен де байланыстырылмайды.
counselors-rate-skip = Өткізіп жіберу
counselors-rate-thanks = Бағаңызға рахмет! Қаласаңыз, қысқа пікір жазыңыз (ол да жасырын) немесе «Пікірсіз» батырмасын басыңыз.
counselors-rate-no-comment = Пікірсіз
counselors-rate-skipped = Жақсы. Өзіңізді күтіңіз.
counselors-rate-done = Бағаңыз есепке алынған. Рахмет!
counselors-comment-thanks = Рахмет, пікіріңіз жасырын сақталды.
counselors-history-kept = Жақсы: келесі кеңесші жалғастыра алуы үшін сөйлесу мәтіні { $days } күн сақталады.
counselors-history-not-kept = Жақсы: сөйлесу жабылғанда оның мәтіні еш жерде қалмайды.
counselors-outcome-consulted = Кеңес берілді
counselors-outcome-referred = Орталыққа жіберілді
counselors-outcome-no-response = Жауап жоқ
counselors-outcome-abusive = Балағат
counselors-outcome-duplicate = Қайталанған өтініш
counselors-outcome-ended = Адам өзі аяқтады
counselors-outcome-idle = Әрекетсіздіктен жабылды
counselors-outcome-expired = Жауап күтіп жабылды
counselors-outcome-withdrawn = Келісім кері алынды
counselors-audit-opened = ашылды
counselors-audit-taken = алды
counselors-audit-transferred = берілді
counselors-audit-queued = кезекке қайтарылды
counselors-audit-closed = жабылды
counselors-audit-blocked = бұғаттау
counselors-audit-block-overridden = бұғаттау қолданылмады: дағдарыс
counselors-audit-paused = үзіліс
counselors-audit-resumed = қабылдау жалғасты
counselors-head-title = 📋 Өтініш { $ref } · { $priority }
counselors-head-details = Тіл: { $locale } · Өңір: { $region } · Қайдан: { $source }
counselors-head-triage = Кім жазады: { $who } · Тақырып: { $concern } · Шұғылдық: { $urgency }
counselors-head-crisis = ⚠️ Дағдарыс белгісі: { $category }
counselors-head-blocked-in-crisis = ⛔ Бұғатталған адам дағдарыста: бұғаттау қолданылмады. Супервизорлар, осы өтінішке назар аударыңыз.
counselors-head-opened = Ашылды: { $time }
counselors-head-opened-after-hours = Ашылды: { $time } (кезекшіліктен тыс)
counselors-head-log = Журнал:
counselors-status-queued = Күйі: кезекте · күтіп тұрған хабарлар: { $count }
counselors-status-active = Күйі: { $alias } алды ({ $time })
counselors-status-closed = Күйі: жабық ({ $outcome })
counselors-button-take = ✋ Алу
counselors-button-transfer = ↪️ Беру
counselors-button-close = ✖️ Жабу
counselors-button-back = ← Артқа
counselors-button-to-queue = ↩️ Кезекке қайтару
counselors-take-won = { $ref } сізде. Сөйлесу ботпен жеке чатыңызда жалғасады.
counselors-take-won-topic = { $ref } сізде. Сізге жеке жаза алмаймын, сондықтан сөйлесу осы тақырыпта жалғасады.
counselors-take-taken = { $ref } өтінішін { $alias } алып қойған.
counselors-topic-mode = { $alias } бұл сөйлесуді осы тақырыпта жүргізеді: ботпен жеке чат ашылмаған. Адамның хабарлары осында келеді; жауап беру үшін солардың біріне жауап (reply) ретінде жазыңыз, қалғанының бәрі ескертпе болып қалады. Келесі өтініштер жеке чатқа түсуі үшін (сонда топ Telegram шегіне тірелмейді), ботпен чатты ашып, «Бастау» батырмасын басыңыз.
counselors-take-first = Алдымен өтінішті алыңыз (оның тақырыбындағы «Алу» батырмасы).
counselors-no-such-case = Мұндай ашық өтініш жоқ.
counselors-not-allowed = Бұл өтініш басқа кеңесшіде: оны сол кеңесші немесе супервизор ғана өзгерте алады.
counselors-not-yours = { $ref } қазір сізде емес. Сіздің өтініштеріңіз: /cases
counselors-which-case = Бұл қай өтінішке? Керекті өтініштің хабарына жауап ретінде (reply) жазыңыз немесе таңдаңыз: /case { $refs }
counselors-not-relayable = Мұндай хабарды жеткізбеймін. Мәтін, фото, дауыстық хабар, бейне, файл немесе стикер жіберіңіз.
counselors-note = 📝 { $alias }: { $note }
counselors-head-rule = ✉️ Адам тек жүргізушінің ботпен жеке чатта жазғанын немесе адамның хабарына жауабын (reply) алады. Мұнда жазылғанның қалғаны — ішкі ескертпе.
counselors-note-hint = ✍ Ішкі ескертпе ретінде сақталды: адам оны көрмейді. Оған жауап беру үшін оның хабарына жауап (reply) ретінде жазыңыз немесе ботпен жеке чатта жазыңыз.
counselors-closed-note-only = { $ref } жабылған: мұнда жазылғаны ескертпе болып қалады, адамға жетпейді.
counselors-reply-not-open = Жіберілмеді: сіз жауап берген хабар сіздің ашық өтінішіңізге қатысты емес (өтініш жабылған болуы мүмкін). Адам ештеңе алған жоқ. Адамның өз хабарына жауап беріңіз немесе жауапсыз жазыңыз — сонда хабар ағымдағы өтінішке кетеді.
counselors-undelivered-unreachable = ⚠️ Жеткізілмеді ({ $ref }): адам ботты бұғаттаған немесе чатты өшірген. Енді оған ештеңе жетпейді; жұмысыңыз біткенде өтінішті жабыңыз.
counselors-undelivered-retry = ⚠️ Жеткізілмеді ({ $ref }): Telegram хабарды қабылдамады. Бір минуттан кейін қайта жіберіңіз.
counselors-audit-undelivered = жеткізілмеді: адамға хабар жетпейді
counselors-private-header = ━━ { $title } ━━
counselors-private-header-other = (қазір басқа өтінішке жазып отырсыз; осы өтінішке жауап беру үшін оның хабарына reply жасаңыз немесе /case { $ref } жазыңыз)
counselors-private-taken = Сіз { $ref } өтінішін алдыңыз.
counselors-private-transferred = { $alias } сізге { $ref } өтінішін берді. Төменде сөйлесуден сақталғаны және ішкі ескертпелер.
counselors-handover-history = 💬 Осы уақытқа дейінгі сөйлесу, екі жағы да ({ $count }); адам оны сақтауға келісті:
counselors-handover-history-empty = 💬 Адам сөйлесуді сақтауға келісті, бірақ әзірге мәтін жазылған жоқ.
counselors-handover-no-history = 💬 Бұрынғы сөйлесу берілмейді: адам оны сақтауға келісім бермеген. Төменде оның соңғы хабарлары ғана, алған жауаптарысыз.
counselors-handover-latest = ⬇️ Адамның соңғы хабарлары (жауап беру үшін біріне жауап (reply) ретінде жазыңыз):
counselors-handover-notes = 📝 Ішкі ескертпелер: { $count }
counselors-handover-person = Адам
counselors-private-help = Осы жерге жазыңыз: адам хабарды бүркеншік атыңыздан алады; хабарға жауап (reply) сол хабардың өтінішіне кетеді. // деп бастасаңыз, тақырыпқа ескертпе болады. /t үлгілер, /close жабу, /transfer беру, /block бұғаттау.
counselors-private-idle = Сізде ашық өтініш жоқ, сондықтан хабар ешкімге жіберілмеді. Өтінішті алу үшін: топтағы оның тақырыбында «✋ Алу» басыңыз немесе осы жерде /take REF жазыңыз. /queue — кезек, /cases — барлық ашық өтініштер, /help — қалғаны.
counselors-private-start = Сіз { $alias } деген атпен кеңесші ретінде тіркелгенсіз: адамдар «{ $shown }» деп көреді. Жаңа өтініштер кеңесшілер тобында тақырып болып ашылады: өтінішті сол жерде «✋ Алу» батырмасымен (немесе осы жерде /take REF арқылы) алыңыз. Одан кейін сөйлесу осы чатта жүреді: адамның хабарлары осында келеді, ал осында жазғаныңыз оған сіздің бүркеншік атыңызбен жетеді. /cases — ашық өтініштер, /help — қалғаны.
counselors-notice-transferred = { $ref } өтініші берілді: { $alias }.
counselors-notice-queued = { $ref } өтініші кезекке қайтты.
counselors-notice-closed = { $ref } өтінішін { $alias } жапты: { $outcome }.
counselors-notice-ended = { $ref } өтініші: адам сөйлесуді аяқтады.
counselors-notice-idle = { $ref } өтініші { $minutes } минут хабарсыз болғандықтан автоматты түрде жабылды. Адамға алғыс айтылып, қайта сөйлесу батырмасы ұсынылды.
counselors-notice-withdrawn = { $ref } өтініші: адам келісімін кері алды, өтініш жабылды, чатқа сілтеме өшірілді.
counselors-transfer-done = { $ref } өтініші берілді.
counselors-transfer-stale = { $ref } өтініші осы арада өзгерді; қайта қараңыз.
counselors-choose-transfer = { $ref } өтінішін кімге беру керек?
counselors-choose-outcome = { $ref } өтініші немен аяқталды?
counselors-closed-done = { $ref } жабылды: { $outcome }.
counselors-block-usage = Былай: /block [күн] <себеп>, мысалы /block 7 балағат (күн жазылмаса, мерзімін сұраймын)
counselors-blocked-done = { $days } күнге бұғатталды; { $ref } өтініші жабылды.
counselors-confirm-yes = ✅ Иә
counselors-confirm-no = Жоқ
counselors-confirm-close = { $ref } өтінішін «{ $outcome }» нәтижесімен жабу керек пе?
counselors-confirm-block = { $ref } өтінішінің адамын { $days } күнге бұғаттау керек пе? Өтініш те жабылады.
counselors-confirm-transfer = { $ref } өтінішін { $alias } кеңесшісіне беру керек пе?
counselors-confirm-cancelled = Бас тартылды: ештеңе өзгерген жоқ.
counselors-confirm-stale = Бұл сұрақ ескірді: өтініш осы арада өзгерді, сондықтан ештеңе жасалған жоқ.
counselors-block-how-long = { $ref } өтінішінің адамын қанша мерзімге бұғаттау керек?
counselors-block-days = { $days } күн
counselors-alias-usage = Былай: /alias Есім (2–32 әріп; адамдар тек соны көреді).
counselors-alias-saved = Бүркеншік атыңыз: { $alias }. Адамдар көретіні: «{ $shown }».
counselors-alias-open-private = Енді @{ $bot } ботымен жеке чатты ашып, «Бастау» батырмасын басыңыз: «Алу» басылғаннан кейін сөйлесу сонда жүреді.
counselors-alias-first = Алдымен /alias Есім арқылы бүркеншік ат таңдап, ботпен жеке чатты ашыңыз.
counselors-templates = Жауап үлгілері:
counselors-no-template = «{ $id }» үлгісі жоқ. Тізім: /t
counselors-template-sent = { $ref } өтінішіне жіберілді ({ $language }): { $text }
counselors-history-none = Сақталған тарих жоқ.
counselors-queue-title = Кезекте: { $count }
counselors-active-title = Жұмыста: { $count }
counselors-age = { $minutes } мин.
counselors-waiting-count = күтуде: { $count }
counselors-pause-on = ⏸ Қабылдау тоқтатылған ({ $since }): { $reason }
counselors-audit-title = Журнал (соңғы { $count }):
counselors-ratings = { $days } күндегі бағалар: { $count }, орташа { $average }.
counselors-supervisors-only = Мұны тек супервизорлар істей алады.
counselors-supervisor = супервизор
counselors-paused-done = ⏸ Жаңа өтініштерге «орын жоқ» деп хабарланады, олар хабар қалдыра алады. Себебі: { $reason }. Жалғастыру: /resume.
counselors-resumed = ▶️ Өтініштерді қабылдау жалғасты.
# Өтініш кодтарының сөздері (src/counselors/labels.ts): кеңесшілер код көрмейді.
counselors-who-self = өзі туралы
counselors-who-family = туысы не досы туралы
counselors-who-professional = маман
counselors-who-other = басқа
counselors-concern-recruitment = Үгіттеу
counselors-concern-changed-behaviour = Мінез-құлқы өзгерді
counselors-concern-returnee = Қақтығыс аймағынан оралған
counselors-concern-study-abroad = Шетелде оқу
counselors-concern-online-materials = Интернеттегі материалдар
counselors-concern-legal = Заң сұрақтары
counselors-concern-leaving-group = Топтан шығу
counselors-concern-other = Басқа
counselors-urgency-now = біреу дәл қазір қауіпте
counselors-urgency-soon = маңызды, жақын арада
counselors-urgency-info = асықпайды
counselors-source-menu = мәзір
counselors-source-faq = жауаптан кейін
counselors-source-nomatch = жауапсыз сұрақ
counselors-source-triage = сұрақтардан кейін
counselors-source-crisis = дағдарыс жауабы
counselors-source-centers = орталықтар тізімі
counselors-source-asked = хабарламадағы өтініш
counselors-crisis-self-harm = өзіне зиян келтіру
counselors-crisis-danger = қауіп
counselors-crisis-violence = зорлық-зомбылық
counselors-crisis-travel-pressure = мәжбүрлеп жол жүргізу
counselors-priority-crisis-reply = дағдарыс жауабынан сұрады
counselors-priority-crisis-words = дағдарыс сөздері анықталды
counselors-priority-triage-now = сауалнама: біреу дәл қазір қауіпте
counselors-priority-triage-soon = сауалнама: маңызды, кеңес жақын арада керек
counselors-head-priority-reason = Неге: { $reason }
counselors-audit-safety-sent = 🆘 қауіпсіздік хабары жіберілді
counselors-audit-crisis-detected = ⚠️ адамның хабарында дағдарыс сөздері
counselors-alert-crisis-group = 🆘 { $ref }: адамның хабарында дағдарыс сөздері бар ({ $category }); өтініш енді 🔴 P0. Супервизорлар, назар аударыңыз.
counselors-alert-crisis-holder = 🆘 { $ref }: адамның хабарында дағдарыс сөздері бар ({ $category }). Бот оған шұғыл нөмірлерді ({ $numbers }) жіберді. Алдымен осы адамға жауап беріңіз.
counselors-lang-usage = Сіздің тіліңіз: { $current }. Өзгерту: /lang { $choices }. Топтағы тақырып атаулары мен бас хабарлар бір тілде қалады: { $group }.
counselors-lang-saved = Дайын. Сіздің тіліңіз: { $language }.
counselors-help =
    Қалай жұмыс істейді: әр өтініш — жеке тақырып. «Алу» басылса, өтініш сіздікі, сөйлесу @{ $bot } жеке чатында жалғасады. Тақырыптағы // деп басталатын хабарлар — ішкі ескертпелер.
    /alias Есім — бүркеншік атыңыз (адамдар тек соны көреді)
    /speak kk ru: адамдармен сөйлесетін тілдеріңіз
    /lang kk|ru|en — бот сізге жазатын тіл
    /queue — кезек, /cases — барлық ашық өтініштер
    /take REF — алу, /close [нәтиже] [ескертпе] — жабу, /block күн себеп — бұғаттау
    /t — жауап үлгілері
    Супервизорларға: /audit, /pause себеп, /resume, /stats

## Counselors: estimates, shifts, team languages (src/counselors)
counselors-risk =
    { $priority ->
        [0] 🔴 дағдарыс
        [1] 🟠 шұғыл
       *[other] 🟢 қалыпты
    }
counselors-language-name =
    { $code ->
        [kk] қазақ тілі
        [ru] орыс тілі
       *[other] ағылшын тілі
    }
counselors-waited = { $minutes } мин. күтуде
counselors-told-minutes = айтылғаны: { $low }–{ $high } мин.
counselors-told-long = айтылғаны: 2 сағаттан астам
counselors-told-unknown = айтылғаны: болжам жоқ
counselors-talk-again = 💬 Қайта сөйлесу
counselors-your-language = 🗣 сіздің тіліңіз
counselors-language-at-work = 🗣 Қазір { $code ->
        [kk] қазақ тілін
        [ru] орыс тілін
       *[other] ағылшын тілін
    } білетін кеңесші жұмыста.
counselors-language-on-team = 🗣 Кейбір кеңесшілеріміз { $code ->
        [kk] қазақ тілін
        [ru] орыс тілін
       *[other] ағылшын тілін
    } біледі; олардың біреуі дәл қазір жұмыста ма, айта алмаймын.
counselors-language-missing = 🗣 Кеңесшілеріміздің ешқайсысы { $code ->
        [kk] қазақ тілін
        [ru] орыс тілін
       *[other] ағылшын тілін
    } білетінін айтпаған; олар сөйлейтін тілдер: { $languages }. Өз тіліңізде де жаза аласыз.
counselors-head-speakers = 🗣 { $language }: { $aliases } (алдымен солар алсын)
counselors-head-no-speakers = 🗣 { $language }: бұл тілді білетінін ешкім айтпаған (/speak)
counselors-speak-usage = Былай: /speak kk ru (адамдармен сөйлесе алатын тілдеріңіз: kk, ru, en).
counselors-speak-saved = Сіздің тілдеріңіз: { $languages }. Осы тілдердегі өтініштер /queue ішінде «сіздің тіліңіз» деп белгіленеді, ал жаңа өтініштердің тақырыбында атыңыз аталады.
counselors-pace = Соңғы қарқын: өтініштен «Алу» басылғанға дейін медиана { $median } мин., ең баяу төрттен бірі { $upper } мин. және одан көп ({ $hours } сағатта { $count } өтініш). Кезекшілікте: { $atWork }.
counselors-pace-unknown = Соңғы { $hours } сағатта болжам жасауға алынған өтініштер тым аз (өлшенгені { $count }, кезекшілікте { $atWork }): адамдарға күту уақыты белгісіз деп айтылады.
counselors-shift-digest = ☀️ { $start }–{ $end } кезекшілігі басталады. Күтіп отыр: { $count } (алдымен ең қауіптісі, сосын ең ұзақ күткені):
counselors-shift-left = Кезекшілік жабық кезде { $cases } адам { $messages } хабар қалдырды.
counselors-shift-more = …тағы { $count }: /queue, /cases
counselors-shift-handover = 🌙 Кезекшілік аяқталады (сағат { $end }). Ашық өтініштерді тапсыру:
counselors-shift-nothing-open = Ашық өтініш жоқ. Кезекшілік үшін рахмет.

## Statistics and reports (src/statistics)
stats-report-title = Ашық есік: анонимді статистика
stats-report-period = { $from } – { $to }
stats-report-about = Анонимді статистикаға рұқсат берген адамдар ғана есептеледі: күн бойынша, ешкіммен байланыссыз және олар жазған ештеңесіз. { $k }-тен кем сандар жасырылады (—), жасырын санды жалпы қорытындыдан есептеп шығаруға болмауы үшін кейбір басқа сандар да жасырылады.
stats-report-generated = Жасалған күні: { $date }
stats-report-empty = Бұл кезеңде ештеңе есептелмеді.
stats-no-data = Дерек жоқ
stats-total = Барлығы
stats-count = Саны
stats-unknown = Белгісіз
stats-section-weekly = Апта бойынша өтініштер
stats-section-regions = Өңірлер бойынша өтініштер
stats-section-categories = Тақырыптар бойынша өтініштер
stats-section-languages = Тілдер бойынша өтініштер
stats-section-timings = Көмекке дейінгі уақыт
stats-timings-explain = Кезеңде жабылған өтініштер: сұраудан бастап кеңесші қабылдағанға дейін, алғашқы жауапқа дейін және әңгіме аяқталғанға дейін.
stats-section-ratings = Кеңесшілермен әңгімелердің бағалары
stats-section-outcomes = Әңгімелер немен аяқталды
stats-section-unanswered = Жақсы жауабы жоқ сұрақтар: қандай сұрақ-жауап жазу керек
stats-unanswered-explain = Адамдар өз сөзімен жазған, ешбір жазбаға сәйкес келмеген немесе әлсіз сәйкес келген сұрақтар ең жақын жазба және тіл бойынша есептелді. Олардың мәтіні ешқашан сақталмайды.
stats-column-week = Апта басы
stats-column-region = Өңір
stats-column-category = Тақырып
stats-column-language = Тіл
stats-column-time = Уақыт
stats-column-rating = Баға
stats-column-outcome = Нәтиже
stats-column-entry = Ең жақын жазба
stats-kind-faq-asked = Қойылған сұрақтар
stats-kind-faq-viewed = Оқылған жауаптар
stats-kind-triage-category = «Не істеу керегін анықтау» аяқталды
stats-kind-centers-shown = Орталықтар тізімі көрсетілді
stats-kind-case-opened = Кеңесшіге сұраныстар
stats-kind-crisis = Дағдарыс белгілері
stats-language-kk = Қазақ тілі
stats-language-ru = Орыс тілі
stats-language-en = Ағылшын тілі
stats-measure-wait = Қабылданғанға дейін
stats-measure-first-reply = Алғашқы жауапқа дейін
stats-measure-duration = Бүкіл әңгіме
stats-bucket-0 = 5 минуттан аз
stats-bucket-5 = 5–15 мин
stats-bucket-15 = 15–60 мин
stats-bucket-60 = 1–4 сағ
stats-bucket-240 = 4–24 сағ
stats-bucket-1440 = 24 сағаттан көп
stats-command-title = 📊 Анонимді статистика: соңғы 7 күн · соңғы 30 күн
stats-command-line = { $label }: { $week } · { $month }
stats-command-contacts = Барлық өтініштер
stats-command-unanswered = Жақсы жауабы жоқ сұрақтар
stats-command-closed = Жабылған өтініштер
stats-command-fast = 15 минут ішінде қабылданды
stats-command-rating = Орташа баға
stats-command-top-region = Өтініш ең көп өңір
stats-command-hidden = { $k }-тен кем сандар жасырылған (—).
stats-command-chart = Апта бойынша өтініштер, соңғы 30 күн

## Command list shown by Telegram (src/runtime/commands.ts)
command-start = Бастау және басты мәзір
command-menu = Басты мәзір
command-help = Бот не істейді және оның командалары
command-centers = Жақын маңнан көмек табу
command-privacy = Мен туралы не сақталады
command-mydata = Деректерімді жіберу
command-forget = Мен туралы бәрін өшіру
command-language = Тілді ауыстыру
command-end = Кеңесшімен әңгімені аяқтау
command-desk-help = Пульт қалай жұмыс істейді
command-desk-queue = Кім күтіп тұр
command-desk-take = Өтінішті алу
command-desk-case = Өтінішті көрсету
command-desk-cases = Барлық ашық өтініштер
command-desk-close = Өтінішті жабу
command-desk-transfer = Өтінішті әріптеске беру
command-desk-block = Адамды уақытша бұғаттау
command-desk-pause = Қабылдауды тоқтата тұру (жетекшілерге)
command-desk-resume = Қабылдауды жалғастыру (жетекшілерге)
command-desk-alias = Бүркеншік атыңыз (адамдар тек соны көреді)
command-desk-speak = Адамдармен сөйлесетін тілдеріңіз, мысалы /speak kk ru
command-desk-lang = Сізге арналған тіл (kk, ru, en)
command-desk-t = Жауап үлгілері
command-desk-history = Өтініш тарихы
command-desk-audit = Әрекеттер журналы (жетекшілерге)
command-desk-stats = Анонимді статистика (жетекшілерге)

## Unhandled input (src/unhandled)
help-intro = Бұл — «Ашық есік», діни қысымға, үгіт-насихатқа немесе жақын адамының өзгергеніне алаңдайтын кез келген адамға арналған анонимді чат. Командалар:
unhandled-command = { $command } командасын білмеймін. Мен мыналарды істей аламын:
unhandled-media = Мұнда стикер, фото, дауыстық хабар мен файлдарды оқи алмаймын. Сөзбен жазыңыз немесе мәзірден таңдаңыз.
unhandled-text = Түсінбедім. Мәзірден таңдаңыз немесе сұрағыңызды бірнеше сөзбен жазыңыз.
stale-button = Бұл батырма енді жұмыс істемейді. Міне, мәзір қайтадан.
error-generic = Кешіріңіз, менде ақау шықты, соңғы хабарыңыз өңделмеді. Бір минуттан соң қайталап көріңіз. Қауіп төнсе, 112-ге қоңырау шалыңыз.
service-unavailable = Кешіріңіз, қазір жұмысымда іркіліс бар, хабарыңызды өңдей алмай тұрмын. Бірнеше минуттан соң қайта жазып көріңізші.
    Біреудің өміріне қауіп төнсе, 112-ге қоңырау шалыңыз (тегін, тәулік бойы). Сенім телефоны: 114.
rate-limited = Сіз өте жиі жазып жатырсыз, жауап беріп үлгермей жатырмын. Бір минут күтіп, қайта жазыңызшы. Біреудің өміріне қауіп төнсе, 112-ге қоңырау шалыңыз.

## Web chat page (src/channels/web/page): the page's own texts, served by /chat/api/texts
web-page-title = Ашық есік
web-page-notice = Анонимді: атыңыз бен телефон нөміріңіз қажет емес. { emergency-line }
web-page-language = Тіл
web-page-exit = Жылдам шығу
web-page-close = Чатты жасыру
web-page-log = Хат алмасу
web-page-quick-replies = Жылдам жауаптар
web-page-input = Хабарыңыз
web-page-input-placeholder = Хабар жазыңыз…
web-page-send = Жіберу
web-page-from-you = Сіз:
web-page-from-bot = Ашық есік:
web-page-typing = Ашық есік жазып жатыр…
web-page-map = Картадан ашу
web-page-status-connecting = Қосылып жатыр…
web-page-status-online = Байланыс бар
web-page-status-offline = Байланыс жоқ. Қайта қосылып жатырмыз…
web-page-send-failed = Хабар жіберілмеді. Қайталап көріңіз.
web-page-location-refused = Геолокация жіберілмеді. Өңіріңізді тізімнен таңдаңыз.
web-page-download-failed = Файлды жүктеп алу мүмкін болмады. Қайталап көріңіз.
web-page-launcher = Анонимді чат

## The web chat (src/channels/web)
# What the page cannot show (a counselor's photo, say), as one line in its place.
web-media = { $kind ->
    [photo] 📷 Фото
    [document] 📄 Құжат
    [voice] 🎤 Дауыстық хабарлама
    [video] 🎬 Бейне
    [video_note] 🎬 Бейнехабарлама
    [audio] 🎵 Аудио
    [animation] 🎞 Анимация
    [sticker] 🙂 Стикер
    [location] 📍 Геолокация
    [venue] 📍 Орын
    [contact] 👤 Байланыс
   *[other] Бұл чат көрсете алмайтын хабарлама
}
# The counselors' topic name and case head: the person writes from the web chat.
counselors-web-mark = 🌐 веб
