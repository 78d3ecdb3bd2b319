# Русский. Каждый ключ есть и в kk.ftl, и в en.ftl (это проверяет тест).
# Разделы соответствуют функциям в src/; ключи функции держите под её заголовком.

## Welcome and main menu (src/welcome)
welcome-first =
    Здравствуйте. Это «Открытая дверь» — анонимный чат для всех, кого тревожит религиозное давление, вербовка или перемены в близком человеке.

    • Имя и номер телефона называть не нужно. Храню только то, без чего нельзя вести разговор, а что-то сверх этого — лишь с вашего разрешения: /privacy.
    • Это не полиция и не религиозная инстанция, выносящая решения. Мы выслушаем, объясним и подскажем, кто может помочь.
    • За этим чатом стоит сеть консультационных и реабилитационных центров Казахстана.
    • Всё, что вы пишете, остаётся конфиденциальным. { confidentiality-limit }
# The same sentence closes the FAQ answers about confidentiality (test/knowledge checks it).
confidentiality-limit = Единственный предел, о котором говорим сразу: если чьей-то жизни грозит непосредственная опасность (вашей или чужой, например если готовится нападение на людей), консультант может привлечь экстренные службы.
welcome-back = С возвращением. Чем помочь?
emergency-line = Если вам угрожает опасность — звоните 112. Горячая линия: 114.
menu-prompt = Выберите, что нужно, или просто напишите вопрос своими словами.
menu-language = 🌐 Язык
menu-button = ☰ Меню

## Language (src/language)
language-choose = Выберите язык общения:
language-follow-telegram = Как в моём Telegram
language-changed = Готово, буду писать по-русски.

## Consent (src/consent)
consent-counselor-explain = Чтобы соединить вас с консультантом, мне нужно хранить зашифрованную ссылку на этот чат, пока открыт разговор с консультантом. Она удаляется сразу после его завершения. Консультант не видит ни вашего имени, ни ника, ни номера телефона.
consent-counselor-brief = Чтобы передать ваши сообщения консультанту, можно хранить зашифрованную ссылку на этот чат до конца разговора? Больше ничего не хранится.
consent-history-explain = Можно сохранить текст вашего разговора с консультантом на { $days } дн., чтобы следующий консультант мог продолжить с того же места? Без этого текст удаляется, когда разговор закрыт.
consent-statistics-explain = Можно учитывать, без связи с вами, какая помощь была нужна (по дням и регионам)? Это помогает центрам планировать работу. О вас ничего не сохраняется.
consent-allow = ✅ Разрешить
consent-decline = Не сейчас
consent-granted = Спасибо. Отозвать согласие можно в любой момент в /privacy.
consent-declined = Понятно, ничего не сохраняю. Всё, что не требует согласия, по-прежнему работает.

## Referral: centers nearby (src/referral)
menu-centers = 📍 Найти помощь рядом
centers-ask = Где искать? Отправьте геопозицию кнопкой ниже: я использую её только для этого ответа и не сохраняю. Или выберите регион.
centers-share-location = 📍 Отправить геопозицию
centers-choose-region = 🗺 Выбрать регион
centers-cancel = ✖️ Отмена
centers-cancelled = Хорошо, отменил. Меню здесь: /menu
centers-region-prompt = Выберите регион или город:
centers-location-used = Спасибо. Я использовал эту геопозицию только для этого ответа и нигде её не сохранил.
centers-live-location = За трансляцией геопозиции я не слежу: взял только первую точку, один раз. Трансляцию можно остановить в Telegram.
centers-invalid-location = Не получилось прочитать эту геопозицию. Попробуйте ещё раз или выберите регион из списка.
centers-abroad = Похоже, эта точка за пределами Казахстана, а центры, которые я знаю, находятся в Казахстане. Если вы в Казахстане недалеко от границы, выберите регион. Где бы вы ни были, консультант может ответить вам прямо здесь.
centers-abroad-regions = Выберите регион Казахстана или поговорите с консультантом:
centers-heading-location = Ближайшие к вам центры:
centers-heading-region = Центры рядом с городом { $city } ({ $region }):
centers-filter-active = Только: { $need }
centers-none-for-need = Пока не знаю центра, где есть { $need }. Помочь могут горячая линия или консультант здесь.
centers-none-at-all = Пока не знаю адресов центров. Помочь могут горячая линия или консультант здесь.
centers-far = Ближайший известный мне центр далеко отсюда: { $distance }, в городе { $city }. Помощь ближе: горячая линия 114 или консультант прямо здесь, в этом чате, анонимно.
centers-far-list = Если вы можете поехать, вот ближайшие центры:
centers-distance = { $distance } км
centers-distance-under-one = меньше 1 км
centers-place-approximate = { $city } (центр города; точный адрес пока не указан)
centers-place-address = { $city }, { $address }
centers-offers = Помощь: { $services }
centers-service =
    { $service ->
        [consultation] консультация
        [rehabilitation] реабилитация
        [psychological] психологическая помощь
        [family] помощь семье
        [legal] юридическая помощь
        [theology] ответы теологов
        [returnees] помощь вернувшимся на родину
       *[convicts] работа с осуждёнными и их семьями
    }
centers-phone = ☎ { $phone }
centers-phone-unknown = Телефон пока не указан
centers-contact-unknown = Телефон и часы работы пока не указаны
centers-languages = Языки: { $languages }
centers-language =
    { $language ->
        [kk] казахский
       *[ru] русский
    }
centers-hours-unconfirmed = Часы работы уточняются
centers-hours-unknown = Часы работы пока не указаны
centers-open-until = { $schedule } · сейчас открыто, до { $time }
centers-open-always = { $schedule } · сейчас открыто, круглосуточно
centers-closed-opens =
    { $schedule } · сейчас закрыто, откроется { $day ->
        [mon] в понедельник
        [tue] во вторник
        [wed] в среду
        [thu] в четверг
        [fri] в пятницу
        [sat] в субботу
       *[sun] в воскресенье
    } в { $time }
centers-closed = Сейчас закрыто
centers-day-short =
    { $day ->
        [mon] Пн
        [tue] Вт
        [wed] Ср
        [thu] Чт
        [fri] Пт
        [sat] Сб
       *[sun] Вс
    }
centers-hotline = ☎ { $phone } — { $name }
centers-counselor-offer = Если хотите, можно анонимно поговорить с консультантом прямо здесь.
centers-need =
    { $need ->
        [consultation] 💬 Консультация
        [rehabilitation] 🤝 Реабилитация
        [psychological] 🧠 Психологическая помощь
        [family] 👨‍👩‍👧 Помощь семье
       *[all] Все центры
    }
centers-another-place = 🗺 Другое место
centers-venue-approximate = { $city } (центр города)

## Knowledge base (src/knowledge)
menu-questions = ❓ Вопросы и ответы
faq-topics = Выберите тему. Или просто напишите свой вопрос своими словами, и я поищу ответ.
faq-page = { $category }: вопросы { $from }–{ $to } из { $total }
faq-previous = ◀️ Предыдущие
faq-next = Следующие ▶️
faq-all-topics = ⬅️ Все темы
faq-helpful-yes = 👍 Помогло
faq-helpful-no = 👎 Не помогло
faq-thanks = Спасибо, что ответили.
faq-back = ⬅️ { $category }
faq-browse = ❓ Все вопросы
faq-not-what-you-meant = Не то, что вы искали? Возможно, один из этих вопросов:
faq-did-you-mean = Возможно, вы имели в виду один из этих вопросов?
faq-no-match = На это у меня нет готового ответа. Консультант может ответить вам лично и анонимно: имя и номер телефона не нужны. Можно также позвонить на горячую линию 114.
faq-gone = Извините, этого больше нет.
faq-clarify-who = Чтобы найти нужный ответ: о ком идёт речь?
faq-clarify-self = 🙋 Обо мне
faq-clarify-family = 👪 О близком человеке
faq-clarify-what = Что тревожит больше всего? Выберите самое близкое:
faq-support =
    Похоже, вам сейчас очень тяжело, и нести это в одиночку не нужно. Здесь с вами может поговорить консультант: живой человек, без имени и номера телефона.

    Если вы можете причинить себе вред или вам угрожает опасность прямо сейчас, звоните 112.
faq-support-more = Что может помочь прямо сейчас
faq-support-off-duty =
    Похоже, вам очень тяжело, и нести это в одиночку не нужно. До следующей смены дежурного консультанта нет. Начало смены: { $when } (время Алматы). Можно оставить сообщение здесь, анонимно: консультант этой смены увидит его первым.

    Если вы можете причинить себе вред или вам грозит опасность, не ждите: звоните 112. Есть и горячая линия 114.
faq-support-off-duty-unknown =
    Похоже, вам очень тяжело, и нести это в одиночку не нужно. Дежурного консультанта нет, и следующая смена пока не назначена. Можно оставить сообщение здесь, анонимно: следующий дежурный консультант увидит его первым.

    Если вы можете причинить себе вред или вам грозит опасность, не ждите: звоните 112. Есть и горячая линия 114.
faq-support-paused =
    Похоже, вам очень тяжело, и нести это в одиночку не нужно. Все консультанты заняты и какое-то время не могут начать новый разговор. Можно оставить сообщение здесь, анонимно: консультант увидит его, как только освободится.

    Если вы можете причинить себе вред или вам грозит опасность, не ждите: звоните 112. Есть и горячая линия 114.
faq-support-no-counselors =
    Похоже, вам очень тяжело, и нести это в одиночку не нужно. Через этот чат связаться с консультантом нельзя, но вас анонимно выслушают на горячей линии 114.

    Если вы можете причинить себе вред или вам грозит опасность, звоните 112.
faq-kind-reply = Простите, что не помог. Я бот и иногда ошибаюсь. Можно спросить другими словами, выбрать тему или написать консультанту: его читает живой человек.
faq-counselor-languages = Консультанты этого сервиса говорят { $languages }.
faq-counselor-language-served = Консультанту можно писать на вашем языке.
faq-counselor-language-missing =
    { $language ->
        [kk] Казахского
        [ru] Русского
       *[en] Английского
    } языка среди них нет: если вы напишете консультанту, ответ придёт на одном из этих языков. Всё остальное в боте работает на вашем языке.
faq-language-spoken =
    { $code ->
        [kk] по-казахски
        [ru] по-русски
       *[en] по-английски
    }
faq-and = и

## Triage (src/triage)
menu-triage = 🧭 Помогите разобраться, что делать
triage-intro = Давайте вместе разберёмся, что может помочь. Четыре коротких вопроса; называть никого не нужно, вернуться назад или остановиться можно в любой момент.
triage-ask-who = Для кого вы спрашиваете?
triage-who-self = Для себя
triage-who-family = Для родственника или друга
triage-who-professional = Я работаю с людьми (учитель, имам…)
triage-who-other = Другое
triage-ask-concern = Что тревожит больше всего?
triage-concern-recruitment = Давление или вербовка
triage-concern-changed-behaviour = Близкий человек изменился
triage-concern-returnee = Человек вернулся из зоны конфликта
triage-concern-study-abroad = Религиозная учёба за рубежом
triage-concern-online-materials = Что-то увидел(а) в интернете
triage-concern-legal = Юридические вопросы
triage-concern-leaving-group = Выход из группы
triage-concern-other = Другое
triage-ask-urgency = Насколько это срочно?
triage-urgency-now = Кому-то грозит опасность прямо сейчас
triage-urgency-soon = Серьёзно, нужен совет в ближайшие дни
triage-urgency-info = Хочу разобраться, не срочно
triage-urgent-first = Если кому-то грозит опасность прямо сейчас, сначала звоните 112. Консультант тоже может написать вам здесь:
triage-ask-region = Где вы находитесь? Тогда я подскажу ближайшие центры. Отправьте геопозицию кнопкой ниже (использую один раз и не сохраняю), выберите регион из списка или пропустите.
triage-region-list = Ваш регион или город:
triage-share-location = 📍 Отправить геопозицию
triage-skip = Пропустить
triage-back = ← Назад
triage-cancel = ✖️ Отмена
triage-answered =
    { $question }
    ✓ { $answer }
triage-region-chosen = ✓ { $region }
triage-region-skipped = ✓ Регион пропущен
triage-region-abroad = Похоже, это место за пределами Казахстана, и регион по нему я определить не могу. Выберите регион из списка или пропустите.
triage-going-back = ↩ Возвращаемся к предыдущему вопросу.
triage-cancelled = Остановились. Ничего из ваших ответов не сохранено. Начать заново можно из меню в любой момент.
triage-choose-button = Пожалуйста, выберите один из вариантов выше или напишите /cancel, чтобы остановиться. Свой вопрос своими словами можно задать после этих четырёх вопросов.
triage-maybe-this = Возможно, здесь ответ на ваш вопрос (выбор выше всё ещё открыт):
triage-welcome-back = С возвращением! В прошлый раз мы остановились на полпути. Вот где мы были: продолжайте или напишите /cancel.
triage-result-self = Спасибо, что рассказали. Спросить — это хороший шаг, и здесь это безопасно.
triage-result-family = Спасибо за вашу заботу. Сохранить связь с человеком важнее, чем выиграть спор, и справляться с этим в одиночку не нужно.
triage-result-professional = Спасибо. В вашей роли чаще всего помогают спокойное внимание и направление к специалистам.
triage-result-other = Спасибо. Вот с чего можно начать.
triage-result-urgent = Кому-то грозит опасность: звоните 112 сейчас. Консультант тоже может написать вам здесь.
triage-result-plan = Что я предлагаю, по порядку: прочитать ответы ниже, найти центр поблизости или поговорить с консультантом.
triage-result-plan-urgent = Что я предлагаю: поговорить с консультантом сейчас. Ближайшие центры и ответы — ниже.
triage-centers = 📍 Центры поблизости
triage-centers-in = 📍 Центры: { $region }

## Crisis safety (src/crisis)
crisis-call-112 = 🆘 Если чьей-то жизни грозит опасность прямо сейчас, звоните 112 (бесплатно, круглосуточно).
crisis-call-102 = 🚓 Если кто-то угрожает человеку, причиняет ему вред или заставляет уехать в зону конфликта, звоните в полицию: 102.
crisis-call-103 = 🚑 Если таблетки или яд уже приняты или кто-то ранен, вызывайте скорую помощь: 103.
crisis-support-self-harm = Хорошо, что вы написали. Вам не нужно справляться с этим в одиночку: консультант может написать вам здесь.
crisis-support-danger = Ваша безопасность важнее всего. Если можете, уйдите в безопасное место. Консультант может написать вам здесь.
crisis-support-violence = Если кто-то может пострадать, звоните 112 сейчас. Консультант поможет всё обдумать, здесь и анонимно.
crisis-support-travel-pressure = Никто не вправе заставить человека уехать. Консультант поможет продумать следующие шаги, здесь и анонимно.
crisis-talk = 💬 Поговорить с консультантом сейчас
crisis-steps-self-harm = Хорошо, что вы написали. Три шага, не откладывая: не оставайтесь в одиночестве (позвоните или пойдите к тому, кому доверяете); уберите подальше таблетки, лезвия и всё, чем можно себе навредить, или отдайте их кому-нибудь; если чувствуете, что не справляетесь, звоните 112.
crisis-steps-danger = Ваша безопасность важнее всего. Если можете, уйдите в безопасное место или к людям, которым доверяете, держите телефон заряженным и при себе, а если опасность приближается, звоните 112.
crisis-steps-violence = Если кто-то может пострадать, звоните 112. Держитесь подальше от этого человека и от любого оружия и не оставайтесь с ним наедине.
crisis-steps-travel-pressure = Никто не вправе заставить человека уехать. Уберите паспорт и документы в надёжное место, расскажите тому, кому доверяете, а если человека увозят, звоните 102.
crisis-off-duty = До следующей смены дежурного консультанта нет. Начало смены: { $when } (время Алматы). Если вам грозит опасность, не ждите: звоните 112.
crisis-off-duty-unknown = Дежурного консультанта нет, и следующая смена пока не назначена. Если вам грозит опасность, не ждите: звоните 112.
crisis-counselors-paused = Все консультанты заняты и какое-то время не могут начать новый разговор. Если вам грозит опасность, не ждите: звоните 112.
crisis-no-counselors = Через этот чат связаться с консультантом нельзя. Горячая линия: 114. Если вам грозит опасность, звоните 112.
crisis-leave-message = Можно оставить сообщение здесь: следующий дежурный консультант увидит его первым.
crisis-leave-message-button = ✉️ Оставить сообщение консультанту

## Privacy rights (src/privacy-rights)
menu-privacy = 🔒 Мои данные
privacy-title = Что я храню о вас сейчас:
privacy-state = • Ваши настройки и место, где мы остановились в разговоре (язык, ответы в «Помогите разобраться», последнее сообщение о безопасности): до { $until }, то есть { $days } дн. после вашего последнего сообщения. Согласия на это не нужно: без этого я не смог бы с вами разговаривать.
privacy-state-none = • Настройки и разговор: ничего не хранится.
privacy-purpose-counselor = Связь с консультантом
privacy-purpose-history = История разговора
privacy-purpose-statistics = Анонимная статистика
privacy-explain-counselor = зашифрованная ссылка на этот чат, только пока открыт разговор с консультантом; удаляется, когда он закрыт.
privacy-explain-history = текст вашего разговора с консультантом, { $days } дн., чтобы следующий консультант мог продолжить.
privacy-explain-statistics = подсчёт того, какая помощь нужна, по дням и регионам, без связи с вами.
privacy-consent-on = ✅ { $purpose }: разрешено { $date }. Хранится: { $explain }
privacy-consent-off = ⭕ { $purpose }: не разрешено. Хранилось бы: { $explain }
privacy-records = • Другие записи, связанные с вами: { $records }.
privacy-record = { $table } ({ $count })
privacy-record-until = { $table } ({ $count }, до { $until })
privacy-table-counsel_case = разговор с консультантом
privacy-table-case_link = зашифрованная ссылка на этот чат
privacy-table-case_history = сохранённый текст разговора (зашифрован)
privacy-table-case_block = временная блокировка
privacy-table-counselor = профиль консультанта
privacy-footer = /mydata пришлёт всё это файлом. /forget сотрёт всё сразу. Кнопками ниже можно разрешить или отозвать каждую цель; при отзыве то, что от неё зависело, удаляется сразу.
privacy-withdraw = Отозвать: { $purpose }
privacy-allow = Разрешить: { $purpose }
privacy-withdrawn = Отозвано. То, что от этого зависело, удалено.
privacy-allowed = Разрешено. Отозвать можно здесь в любой момент.
mydata-caption = Всё, что я храню о вас сейчас. «[encrypted]» — значения, которые хранятся зашифрованными: их открывают только для того, чтобы доставить вам ответ консультанта.
forget-confirm = Это сотрёт всё о вас сразу: настройки, согласия, открытый разговор с консультантом (он будет закрыт) и сообщения этого чата за последние 48 часов. Отменить это нельзя. Стереть всё?
forget-yes = 🗑 Да, стереть всё
forget-no = Нет, оставить
forget-kept = Ничего не стёрто.
forget-done = Готово: всё о вас стёрто. Это сообщение тоже можно удалить (нажмите и удерживайте его). Если напишете снова, начнём с чистого листа.

## Counselors (src/counselors)
menu-talk = 💬 Поговорить с человеком
counselors-unavailable = Через этот чат связаться с консультантом нельзя. Горячая линия: 114. Если кому-то угрожает опасность, звоните 112.
counselors-consent-declined = Понимаю, ничего не сохраняю. Вы можете позвонить на горячую линию 114, а если кому-то угрожает опасность — в 112. Вопросы можно писать и мне, здесь, без согласия.
counselors-blocked = Сейчас вы не можете начать разговор с консультантом (до { $date }). Если кому-то угрожает опасность — звоните 112. Горячая линия: 114.
counselors-already-waiting = Вы уже в очереди к консультанту. Можно писать прямо сюда: сообщения будут переданы.
counselors-already-connected = Вы уже на связи с консультантом: просто пишите сюда.
counselors-still-queued = Вы в очереди к консультанту: { $position }-й. Пишите сюда: сообщения будут переданы.
counselors-still-connected = Ваш разговор с консультантом открыт: пишите сюда, сообщения дойдут до него. Завершить: /end.
counselors-case-over = Тот разговор уже завершён: эта кнопка больше ничего не делает.
counselors-opened = Я передал вашу просьбу консультантам. Они не видят ни вашего имени, ни ника, ни номера телефона.
counselors-position = Вы { $position }-й в очереди.
counselors-estimate-minutes = Ожидание — примерно { $low }–{ $high } мин. Это грубая оценка.
counselors-estimate-long = Сегодня ждать, возможно, придётся больше двух часов. Простите.
counselors-estimate-unknown = Сколько ждать, сказать пока не могу: консультанты ответят, как только освободятся.
counselors-waiting-hint = Я сообщу, когда консультант подключится. Уже сейчас можно писать сюда: сообщения будут переданы без вашего имени.
counselors-off-duty = До следующей смены дежурного консультанта нет. Начало смены: { $when } (время Алматы).
counselors-off-duty-unknown = Дежурного консультанта нет, и следующая смена пока не назначена.
counselors-paused = Консультанты какое-то время не могут принимать новые разговоры: все заняты.
counselors-leave-message =
    Горячая линия: 114. Если кому-то угрожает опасность — звоните 112 (бесплатно, круглосуточно).
    Можно оставить сообщение здесь: следующий консультант на смене увидит его первым.
counselors-queued-ack = ✓ Получено. Консультант увидит это, когда возьмёт ваш разговор.
counselors-queued-ack-off-duty = ✓ Получено. До следующей смены ({ $when }, время Алматы) дежурного консультанта нет: тот, кто заступит на смену, первым увидит ваши сообщения. Если вам грозит опасность, звоните 112.
counselors-queued-ack-later = ✓ Получено. Консультант увидит это, как только освободится. Если вам грозит опасность, звоните 112.
counselors-end-button = Завершить разговор
counselors-end-confirm = Завершить разговор с консультантом? Ваши сообщения больше не будут передаваться.
counselors-end-yes = Да, завершить
counselors-end-no = Нет, продолжить
counselors-end-kept = Хорошо, разговор продолжается.
counselors-end-stale = Эта кнопка от прежнего вопроса: ничего не завершено. Чтобы завершить разговор, нажмите «Завершить разговор» ещё раз.
counselors-joined = 🧑‍⚕️ Подключился консультант { $alias }. Пишите сюда: консультант видит ваши сообщения, но не ваше имя и не номер.
counselors-transferred = 🧑‍⚕️ Разговор продолжит консультант { $alias }.
counselors-back-in-queue = Консультанту пришлось отойти. Вы снова в очереди, и ваши сообщения не потеряются.
counselors-alias-shown = Консультант { $alias }
counselors-nothing-to-end = Открытого разговора с консультантом нет.
counselors-closed-by-counselor = Консультант завершил разговор. Спасибо, что написали. Если понадобится, начните новый разговор из меню в любое время.
counselors-closed-duplicate = Этот запрос закрыт: ваш разговор продолжается в другом обращении.
counselors-closed-ended = Вы завершили разговор. Спасибо, что написали.
counselors-closed-idle = Здесь давно тихо, поэтому разговор пока закрыт. Когда захотите поговорить снова, нажмите «💬 Поговорить снова» ниже — консультант подключится. Если вы в опасности, звоните 112.
counselors-closed-expired = Простите, ваша просьба слишком долго ждала ответа и закрыта. Это наша недоработка, не ваша. Нажмите «💬 Поговорить снова» ниже, чтобы попросить ещё раз; горячая линия: 114, при опасности — 112.
counselors-blocked-notice = Консультант завершил этот разговор. До { $date } начать новый разговор с консультантом не получится. Если кому-то угрожает опасность — звоните 112.
counselors-rate-question = Оцените, пожалуйста, разговор от 1 до 5. Оценка анонимная и ни с вами, ни с разговором не связана.
counselors-rate-skip = Пропустить
counselors-rate-thanks = Спасибо за оценку! Если хотите, напишите короткий комментарий (тоже анонимно) или нажмите «Без комментария».
counselors-rate-no-comment = Без комментария
counselors-rate-skipped = Хорошо. Берегите себя.
counselors-rate-done = Оценка уже учтена. Спасибо!
counselors-comment-thanks = Спасибо, комментарий сохранён анонимно.
counselors-history-kept = Хорошо: текст разговора будет храниться { $days } дн., чтобы следующий консультант мог продолжить.
counselors-history-not-kept = Хорошо: когда разговор закроется, его текст нигде не останется.
counselors-outcome-consulted = Проконсультирован
counselors-outcome-referred = Направлен в центр
counselors-outcome-no-response = Нет ответа
counselors-outcome-abusive = Оскорбления
counselors-outcome-duplicate = Дубликат
counselors-outcome-ended = Завершён человеком
counselors-outcome-idle = Закрыт по бездействию
counselors-outcome-expired = Не дождался ответа
counselors-outcome-withdrawn = Согласие отозвано
counselors-audit-opened = открыт
counselors-audit-taken = взял(а)
counselors-audit-transferred = передан
counselors-audit-queued = возвращён в очередь
counselors-audit-closed = закрыт
counselors-audit-blocked = блокировка
counselors-audit-block-overridden = блокировка не применена: кризис
counselors-audit-paused = пауза
counselors-audit-resumed = приём возобновлён
counselors-head-title = 📋 Обращение { $ref } · { $priority }
counselors-head-details = Язык: { $locale } · Регион: { $region } · Откуда: { $source }
counselors-head-triage = Кто пишет: { $who } · Тема: { $concern } · Срочность: { $urgency }
counselors-head-crisis = ⚠️ Сигнал кризиса: { $category }
counselors-head-blocked-in-crisis = ⛔ Заблокированный человек в кризисе: блокировка не применена. Супервизоры, обратите внимание на это обращение.
counselors-head-opened = Открыто { $time }
counselors-head-opened-after-hours = Открыто { $time } (вне смены)
counselors-head-log = Журнал:
counselors-status-queued = Статус: в очереди · ждут сообщений: { $count }
counselors-status-active = Статус: в работе — { $alias }, с { $time }
counselors-status-closed = Статус: закрыто ({ $outcome })
counselors-button-take = ✋ Взять
counselors-button-transfer = ↪️ Передать
counselors-button-close = ✖️ Закрыть
counselors-button-back = ← Назад
counselors-button-to-queue = ↩️ Вернуть в очередь
counselors-take-won = { $ref } ваше. Разговор продолжается в вашем личном чате с ботом.
counselors-take-won-topic = { $ref } ваше. Написать вам в личку я не могу, поэтому разговор продолжается здесь, в теме.
counselors-take-taken = { $ref } уже взял(а) { $alias }.
counselors-topic-mode = { $alias } ведёт этот разговор здесь, в теме: личный чат с ботом не открыт. Сообщения человека будут приходить сюда; чтобы ответить, ответьте (reply) на одно из них — всё остальное останется заметкой. Чтобы следующие обращения шли в личку (так группа не упирается в лимит Telegram), откройте чат с ботом и нажмите «Старт».
counselors-take-first = Сначала возьмите обращение (кнопка «Взять» в его теме).
counselors-no-such-case = Такого открытого обращения нет.
counselors-not-allowed = Это обращение у другого консультанта: менять его может он сам или супервизор.
counselors-not-yours = { $ref } сейчас не у вас. Ваши обращения: /cases
counselors-which-case = Кому ответить? Ответьте (reply) на сообщение нужного обращения или выберите его: /case { $refs }
counselors-not-relayable = Такое сообщение я не передаю. Отправьте текст, фото, голосовое, видео, файл или стикер.
counselors-note = 📝 { $alias }: { $note }
counselors-head-rule = ✉️ Человек получает только то, что ведущий пишет в личном чате с ботом, или ответ (reply) на сообщение человека. Всё остальное здесь — внутренняя заметка.
counselors-note-hint = ✍ Сохранено как внутренняя заметка: человек её не видит. Чтобы ответить ему, ответьте (reply) на его сообщение или напишите в личном чате с ботом.
counselors-closed-note-only = { $ref } закрыто: написанное здесь остаётся заметкой и человеку не уходит.
counselors-reply-not-open = Не отправлено: сообщение, на которое вы ответили, не относится к вашему открытому обращению (возможно, оно закрыто). Человек ничего не получил. Ответьте на сообщение самого человека или напишите без ответа — тогда оно уйдёт в текущее обращение.
counselors-undelivered-unreachable = ⚠️ Не доставлено ({ $ref }): человек заблокировал бота или удалил чат. Теперь до него ничего не дойдёт; закройте обращение, когда закончите.
counselors-undelivered-retry = ⚠️ Не доставлено ({ $ref }): Telegram не принял сообщение. Отправьте его ещё раз через минуту.
counselors-audit-undelivered = не доставлено: человек недоступен
counselors-private-header = ━━ { $title } ━━
counselors-private-header-other = (сейчас вы пишете в другое обращение; чтобы ответить сюда — reply на его сообщение или /case { $ref })
counselors-private-taken = Вы взяли обращение { $ref }.
counselors-private-transferred = { $alias } передал(а) вам обращение { $ref }. Ниже — то, что сохранено из разговора, и внутренние заметки.
counselors-handover-history = 💬 Разговор до сих пор, обе стороны ({ $count }); человек согласился его сохранить:
counselors-handover-history-empty = 💬 Человек согласился сохранять разговор, но текста пока не было.
counselors-handover-no-history = 💬 Прежний разговор не передаётся: человек не дал согласия его сохранять. Ниже только его последние сообщения, без ответов, которые он получил.
counselors-handover-latest = ⬇️ Последние сообщения человека (чтобы ответить, ответьте (reply) на одно из них):
counselors-handover-notes = 📝 Внутренние заметки: { $count }
counselors-handover-person = Человек
counselors-private-help = Пишите сюда — человек получит сообщение от вашего псевдонима; ответ (reply) на сообщение уходит в его обращение. // в начале — заметка в тему. /t — шаблоны, /close — закрыть, /transfer — передать, /block — блокировка.
counselors-private-idle = У вас нет открытого обращения, поэтому сообщение никуда не ушло. Чтобы взять обращение: «✋ Взять» в его теме в группе или /take REF здесь. /queue — очередь, /cases — все открытые обращения, /help — всё остальное.
counselors-private-start = Вы зарегистрированы как консультант { $alias }: люди видят «{ $shown }». Новые обращения открываются темами в группе консультантов: возьмите обращение там кнопкой «✋ Взять» (или /take REF здесь). Дальше разговор идёт здесь: сообщения человека приходят в этот чат, а то, что вы пишете здесь, он получает от вашего псевдонима. /cases — открытые обращения, /help — всё остальное.
counselors-notice-transferred = Обращение { $ref } передано: { $alias }.
counselors-notice-queued = Обращение { $ref } вернулось в очередь.
counselors-notice-closed = Обращение { $ref } закрыл(а) { $alias }: { $outcome }.
counselors-notice-ended = Обращение { $ref }: человек завершил разговор.
counselors-notice-idle = Обращение { $ref } закрыто автоматически: { $minutes } мин. без сообщений. Человека поблагодарили и предложили кнопку, чтобы поговорить снова.
counselors-notice-withdrawn = Обращение { $ref }: человек отозвал согласие, обращение закрыто, ссылка на чат удалена.
counselors-transfer-done = Обращение { $ref } передано.
counselors-transfer-stale = Обращение { $ref } уже изменилось; посмотрите ещё раз.
counselors-choose-transfer = Кому передать { $ref }?
counselors-choose-outcome = Чем закончилось обращение { $ref }?
counselors-closed-done = { $ref } закрыто: { $outcome }.
counselors-block-usage = Так: /block [дни] <причина>, например /block 7 оскорбления (без дней я спрошу срок)
counselors-blocked-done = Блокировка на { $days } дн.; обращение { $ref } закрыто.
counselors-confirm-yes = ✅ Да
counselors-confirm-no = Нет
counselors-confirm-close = Закрыть { $ref } с итогом «{ $outcome }»?
counselors-confirm-block = Заблокировать человека из { $ref } на { $days } { $days ->
         [one] день
         [few] дня
        *[many] дней
    }? Обращение тоже закроется.
counselors-confirm-transfer = Передать { $ref } консультанту { $alias }?
counselors-confirm-cancelled = Отменено: ничего не изменилось.
counselors-confirm-stale = Этот вопрос устарел: обращение уже изменилось, поэтому ничего не сделано.
counselors-block-how-long = На какой срок заблокировать человека из { $ref }?
counselors-block-days = { $days } { $days ->
         [one] день
         [few] дня
        *[many] дней
    }
counselors-alias-usage = Так: /alias Имя (2–32 буквы; люди увидят только его).
counselors-alias-saved = Ваш псевдоним: { $alias }. Люди увидят: «{ $shown }».
counselors-alias-open-private = Теперь откройте личный чат с @{ $bot } и нажмите «Старт»: после «Взять» разговор идёт там.
counselors-alias-first = Сначала выберите псевдоним: /alias Имя, и откройте личный чат с ботом.
counselors-templates = Шаблоны ответов:
counselors-no-template = Шаблона «{ $id }» нет. Список: /t
counselors-template-sent = Отправлено в { $ref } ({ $language }): { $text }
counselors-history-none = Сохранённой истории нет.
counselors-queue-title = В очереди: { $count }
counselors-active-title = В работе: { $count }
counselors-age = { $minutes } мин.
counselors-waiting-count = ждут: { $count }
counselors-pause-on = ⏸ Приём приостановлен с { $since }: { $reason }
counselors-audit-title = Журнал (последние { $count }):
counselors-ratings = Оценки за { $days } дн.: { $count }, в среднем { $average }.
counselors-supervisors-only = Это могут только супервизоры.
counselors-supervisor = супервизор
counselors-paused-done = ⏸ Новые обращения получают сообщение «нет мест» и могут оставить сообщение. Причина: { $reason }. /resume — возобновить.
counselors-resumed = ▶️ Приём обращений возобновлён.
# Слова для кодов обращения (src/counselors/labels.ts): консультанты не видят кодов.
counselors-who-self = о себе
counselors-who-family = о родственнике или друге
counselors-who-professional = специалист
counselors-who-other = другое
counselors-concern-recruitment = Вербовка
counselors-concern-changed-behaviour = Изменилось поведение
counselors-concern-returnee = Вернувшийся из зоны конфликта
counselors-concern-study-abroad = Учёба за рубежом
counselors-concern-online-materials = Материалы в интернете
counselors-concern-legal = Юридические вопросы
counselors-concern-leaving-group = Выход из группы
counselors-concern-other = Другое
counselors-urgency-now = кто-то в опасности сейчас
counselors-urgency-soon = серьёзно, скоро
counselors-urgency-info = без спешки
counselors-source-menu = меню
counselors-source-faq = после ответа
counselors-source-nomatch = вопрос без ответа
counselors-source-triage = после вопросов
counselors-source-crisis = кризисный ответ
counselors-source-centers = список центров
counselors-source-asked = просьба в сообщении
counselors-crisis-self-harm = самоповреждение
counselors-crisis-danger = опасность
counselors-crisis-violence = насилие
counselors-crisis-travel-pressure = принуждение к поездке
counselors-priority-crisis-reply = попросил(а) из кризисного ответа
counselors-priority-crisis-words = обнаружены кризисные слова
counselors-priority-triage-now = опрос: кто-то в опасности сейчас
counselors-priority-triage-soon = опрос: серьёзно, совет нужен скоро
counselors-head-priority-reason = Почему: { $reason }
counselors-audit-safety-sent = 🆘 отправлено сообщение о безопасности
counselors-audit-crisis-detected = ⚠️ кризисные слова в сообщении человека
counselors-alert-crisis-group = 🆘 { $ref }: кризисные слова ({ $category }) в сообщении человека; обращение теперь 🔴 P0. Супервизоры, обратите внимание.
counselors-alert-crisis-holder = 🆘 { $ref }: в сообщении человека кризисные слова ({ $category }). Бот уже отправил ему экстренные номера ({ $numbers }). Пожалуйста, ответьте этому человеку в первую очередь.
counselors-lang-usage = Ваш язык: { $current }. Сменить: /lang { $choices }. Названия тем и заголовки в группе остаются на одном языке: { $group }.
counselors-lang-saved = Готово. Ваш язык: { $language }.
counselors-help =
    Как это работает: каждое обращение — отдельная тема. «Взять» — обращение ваше, разговор продолжается в личном чате с @{ $bot }. Сообщения в теме, начинающиеся с //, — внутренние заметки.
    /alias Имя — ваш псевдоним (люди видят только его)
    /speak kk ru: языки, на которых вы говорите с людьми
    /lang kk|ru|en — язык, на котором бот пишет вам
    /queue — очередь, /cases — все открытые обращения
    /take REF — взять, /close [исход] [заметка] — закрыть, /block дни причина — блокировка
    /t — шаблоны ответов
    Супервизорам: /audit, /pause причина, /resume, /stats

## Counselors: estimates, shifts, team languages (src/counselors)
counselors-risk =
    { $priority ->
        [0] 🔴 кризис
        [1] 🟠 срочно
       *[other] 🟢 обычное
    }
counselors-language-name =
    { $code ->
        [kk] казахский
        [ru] русский
       *[other] английский
    }
counselors-waited = ждёт { $minutes } мин.
counselors-told-minutes = сказано { $low }–{ $high } мин.
counselors-told-long = сказано: больше 2 ч
counselors-told-unknown = сказано: без оценки
counselors-talk-again = 💬 Поговорить снова
counselors-your-language = 🗣 ваш язык
counselors-language-at-work = 🗣 Сейчас работает консультант, который говорит { $code ->
        [kk] по-казахски
        [ru] по-русски
       *[other] по-английски
    }.
counselors-language-on-team = 🗣 Некоторые наши консультанты говорят { $code ->
        [kk] по-казахски
        [ru] по-русски
       *[other] по-английски
    }; работает ли кто-то из них прямо сейчас, сказать не могу.
counselors-language-missing = 🗣 Никто из наших консультантов не указал, что говорит { $code ->
        [kk] по-казахски
        [ru] по-русски
       *[other] по-английски
    }; они говорят на языках: { $languages }. Писать можно и на вашем языке.
counselors-head-speakers = 🗣 { $language }: { $aliases } (просим взять в первую очередь)
counselors-head-no-speakers = 🗣 { $language }: никто не указал, что говорит на нём (/speak)
counselors-speak-usage = Так: /speak kk ru (языки, на которых вы можете говорить с людьми: kk, ru, en).
counselors-speak-saved = Ваши языки: { $languages }. Обращения на этих языках отмечены в /queue как «ваш язык», а в темах новых названо ваше имя.
counselors-pace = Скорость в последнее время: от обращения до «Взять» в среднем (медиана) { $median } мин., самая медленная четверть — { $upper } мин. и дольше ({ $count } обращений за { $hours } ч). На смене: { $atWork }.
counselors-pace-unknown = За последние { $hours } ч взято слишком мало обращений для оценки (измерено { $count }, на смене { $atWork }): людям говорится, что время ожидания неизвестно.
counselors-shift-digest = ☀️ Начинается смена { $start }–{ $end }. Ждут: { $count } (сначала самые рискованные, затем самые давние):
counselors-shift-left = Пока смена была закрыта, оставлено { $messages } { $messages ->
        [one] сообщение
        [few] сообщения
       *[other] сообщений
    } от { $cases } { $cases ->
        [one] человека
       *[other] человек
    }.
counselors-shift-more = …и ещё { $count }: /queue, /cases
counselors-shift-handover = 🌙 Смена заканчивается в { $end }. Передача открытых обращений:
counselors-shift-nothing-open = Открытых обращений нет. Спасибо за смену.

## Statistics and reports (src/statistics)
stats-report-title = Открытая дверь: анонимная статистика
stats-report-period = { $from } – { $to }
stats-report-about = Учитываются только люди, разрешившие анонимную статистику: по дням, без связи с кем-либо и без того, что они написали. Числа меньше { $k } скрыты (—), как и некоторые другие, чтобы скрытое число нельзя было вычислить из итогов.
stats-report-generated = Составлено: { $date }
stats-report-empty = За этот период ничего не учтено.
stats-no-data = Нет данных
stats-total = Всего
stats-count = Количество
stats-unknown = Неизвестно
stats-section-weekly = Обращения по неделям
stats-section-regions = Обращения по регионам
stats-section-categories = Обращения по темам
stats-section-languages = Обращения по языкам
stats-section-timings = Время до помощи
stats-timings-explain = Обращения, закрытые за период: от запроса до того, как консультант взял обращение, до первого ответа и до конца разговора.
stats-section-ratings = Оценки разговоров с консультантами
stats-section-outcomes = Чем закончились разговоры
stats-section-unanswered = Вопросы без хорошего ответа: какие статьи FAQ написать
stats-unanswered-explain = Вопросы, написанные своими словами, которые не подошли ни к одной статье или подошли слабо, посчитаны по ближайшей статье и по языку. Их текст никогда не сохраняется.
stats-column-week = Неделя с
stats-column-region = Регион
stats-column-category = Тема
stats-column-language = Язык
stats-column-time = Время
stats-column-rating = Оценка
stats-column-outcome = Итог
stats-column-entry = Ближайшая статья
stats-kind-faq-asked = Заданные вопросы
stats-kind-faq-viewed = Прочитанные ответы
stats-kind-triage-category = Пройдено «Помогите разобраться»
stats-kind-centers-shown = Показаны списки центров
stats-kind-case-opened = Запросы консультанта
stats-kind-crisis = Кризисные сигналы
stats-language-kk = Казахский
stats-language-ru = Русский
stats-language-en = Английский
stats-measure-wait = До того, как взяли
stats-measure-first-reply = До первого ответа
stats-measure-duration = Весь разговор
stats-bucket-0 = меньше 5 мин
stats-bucket-5 = 5–15 мин
stats-bucket-15 = 15–60 мин
stats-bucket-60 = 1–4 ч
stats-bucket-240 = 4–24 ч
stats-bucket-1440 = больше 24 ч
stats-command-title = 📊 Анонимная статистика: последние 7 дней · последние 30 дней
stats-command-line = { $label }: { $week } · { $month }
stats-command-contacts = Все обращения
stats-command-unanswered = Вопросы без хорошего ответа
stats-command-closed = Закрытые обращения
stats-command-fast = Взяты в течение 15 минут
stats-command-rating = Средняя оценка
stats-command-top-region = Больше всего обращений
stats-command-hidden = Числа меньше { $k } скрыты (—).
stats-command-chart = Обращения по неделям, последние 30 дней

## Command list shown by Telegram (src/runtime/commands.ts)
command-start = Начало и главное меню
command-menu = Главное меню
command-help = Что умеет этот бот и его команды
command-centers = Найти помощь рядом
command-privacy = Что обо мне хранится
command-mydata = Прислать мои данные
command-forget = Стереть всё обо мне
command-language = Сменить язык
command-end = Завершить разговор с консультантом
command-desk-help = Как работает пульт
command-desk-queue = Кто ждёт
command-desk-take = Взять обращение
command-desk-case = Показать обращение
command-desk-cases = Все открытые обращения
command-desk-close = Закрыть обращение
command-desk-transfer = Передать обращение коллеге
command-desk-block = Заблокировать человека на время
command-desk-pause = Приостановить приём (для руководителей)
command-desk-resume = Возобновить приём (для руководителей)
command-desk-alias = Ваш псевдоним (люди видят только его)
command-desk-speak = Языки, на которых вы говорите с людьми, например /speak kk ru
command-desk-lang = Ваш язык на столе (kk, ru, en)
command-desk-t = Шаблоны ответов
command-desk-history = История обращения
command-desk-audit = Журнал действий (для руководителей)
command-desk-stats = Анонимная статистика (для руководителей)

## Unhandled input (src/unhandled)
help-intro = Это «Открытая дверь» — анонимный чат для всех, кого тревожит религиозное давление, вербовка или перемены в близком человеке. Команды:
unhandled-command = Я не знаю команды { $command }. Вот что я умею:
unhandled-media = Стикеры, фото, голосовые и файлы я здесь прочитать не могу. Напишите, пожалуйста, словами или выберите в меню.
unhandled-text = Я не понял. Выберите пункт меню или напишите вопрос в нескольких словах.
stale-button = Эта кнопка больше не действует. Вот меню ещё раз.
error-generic = Извините, у меня что-то сломалось, и последнее сообщение не обработано. Попробуйте ещё раз через минуту. Если вам угрожает опасность, звоните 112.
service-unavailable = Извините, сейчас я работаю с перебоями и не могу обработать ваше сообщение. Пожалуйста, попробуйте ещё раз через несколько минут.
    Если кому-то угрожает опасность — звоните 112 (бесплатно, круглосуточно). Горячая линия: 114.
rate-limited = Вы пишете очень часто, и я не успеваю отвечать. Пожалуйста, подождите минуту и напишите снова. Если кому-то угрожает опасность — звоните 112.

## Web chat page (src/channels/web/page): the page's own texts, served by /chat/api/texts
web-page-title = Открытая дверь
web-page-notice = Анонимно: имя и номер телефона не нужны. { emergency-line }
web-page-language = Язык
web-page-exit = Быстрый выход
web-page-close = Свернуть чат
web-page-log = Переписка
web-page-quick-replies = Быстрые ответы
web-page-input = Ваше сообщение
web-page-input-placeholder = Напишите сообщение…
web-page-send = Отправить
web-page-from-you = Вы:
web-page-from-bot = Открытая дверь:
web-page-typing = Открытая дверь печатает…
web-page-map = Открыть на карте
web-page-status-connecting = Подключение…
web-page-status-online = На связи
web-page-status-offline = Нет связи. Пробуем снова…
web-page-send-failed = Сообщение не отправлено. Попробуйте ещё раз.
web-page-location-refused = Геопозиция не передана. Выберите регион из списка.
web-page-download-failed = Не удалось скачать файл. Попробуйте ещё раз.
web-page-launcher = Анонимный чат

## The web chat (src/channels/web)
# What the page cannot show (a counselor's photo, say), as one line in its place.
web-media = { $kind ->
    [photo] 📷 Фото
    [document] 📄 Документ
    [voice] 🎤 Голосовое сообщение
    [video] 🎬 Видео
    [video_note] 🎬 Видеосообщение
    [audio] 🎵 Аудио
    [animation] 🎞 Анимация
    [sticker] 🙂 Стикер
    [location] 📍 Геопозиция
    [venue] 📍 Место
    [contact] 👤 Контакт
   *[other] Сообщение, которое этот чат не может показать
}
# The counselors' topic name and case head: the person writes from the web chat.
counselors-web-mark = 🌐 веб
