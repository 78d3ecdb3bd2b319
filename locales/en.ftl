# English. Every key here exists in kk.ftl and ru.ftl too (a test checks).
# Sections follow the features in src/; keep each feature's keys under its header.

## Welcome and main menu (src/welcome)
welcome-first =
    Hello. This is Open Door, an anonymous chat for anyone worried about religious pressure, recruitment or a loved one who has changed.

    • You don't need to give your name or phone number. I keep only what a conversation needs, and anything more only with your permission: /privacy.
    • This is not the police, and not a religious authority issuing rulings. We listen, explain and help you find people who can help.
    • Behind it is the network of consultation and rehabilitation centers in Kazakhstan.
    • What you write stays confidential. { confidentiality-limit }
# The same sentence closes the FAQ answers about confidentiality (test/knowledge checks it).
confidentiality-limit = The one limit, said up front: only if someone's life is in immediate danger (yours or another person's) or a grave crime is being prepared, such as an attack on people, may a counselor pass on what is needed to prevent it, and nothing more.
privacy-confidential = What you write to a counselor stays confidential. { confidentiality-limit }
welcome-back = Welcome back. How can I help?
emergency-line = In danger right now: call 112. Hotline: 114 (hours to be confirmed).
blocked-danger = If you are in danger, write it here: a counselor will answer you even so. In danger right now: call 112 (ambulance: 103).
menu-prompt = Choose what you need, or just write your question in your own words.
menu-talk-blocked = You can't start a conversation with a counselor until { $date }: the answers, the centers and the hotline 114 (hours to be confirmed) are here meanwhile. { blocked-danger }
menu-language = 🌐 Language
menu-button = ☰ Menu

## Language (src/language)
language-choose = Choose the language I should use:
language-follow-telegram = Like my Telegram
language-changed = Done, I will write in English.
language-changed-case = Your conversation with the counselor goes on; the counselor knows about the change.

## Consent (src/consent)
# $carried: "yes" when messages written just before go to the counselor with the case (src/counselors/led-here.ts).
consent-counselor-explain = To connect you with a counselor, I need to keep an encrypted link to this chat while your conversation with the counselor is open. It is deleted as soon as the conversation closes. { $carried ->
        [yes] What you wrote to me just before goes to the counselor too, so that you needn't repeat it.{" "}
       *[no] {""}
    }The counselor never sees your name, username or phone number.
consent-counselor-brief = To pass your messages to a counselor{ $carried ->
        [yes] {" (the ones you just wrote too)"}
       *[no] {""}
    }, may I keep an encrypted link to this chat until the conversation ends? Nothing else is kept.
consent-history-explain = May I keep the text of your conversation with the counselor for { $days ->
        [one] { $days } day
       *[other] { $days } days
    }, so that the next counselor can pick up where you left off? Without it, the text is deleted when the conversation closes.
consent-statistics-explain = May I count, with no link to you, what kind of help was asked for (by day and region)? It helps the centers plan their work. Nothing about you is kept.
consent-allow = ✅ Allow
consent-decline = Not now
consent-granted = Thank you. You can withdraw this at any time in /privacy.
consent-declined = Understood: nothing is kept. Everything that needs no consent still works.
consent-stale = This question is no longer open, so nothing has changed by this answer.

## Referral: centers nearby (src/referral)
menu-centers = 📍 Find help nearby
centers-ask = Where should I look? Share your location with the button below: I use it only for this answer and do not save it. Or choose your region.
centers-share-location = 📍 Share my location
centers-choose-region = 🗺 Choose region
centers-cancel = ✖️ Cancel
centers-cancelled = Okay, cancelled. The menu is here: /menu
centers-region-prompt = Choose your region or city:
centers-unknown-place = I don't know this place yet: it is not in my list. Choose your region, and I'll show the nearest centers:
centers-location-used = Thank you. I used this location only for this answer and did not save it anywhere.
centers-live-location = I don't follow live locations: I used the first point, once. You can stop sharing it in Telegram.
centers-invalid-location = I couldn't read this location. Please try again, or choose your region from the list.
centers-abroad = This point seems to be outside Kazakhstan, and the centers I know are in Kazakhstan. If you are in Kazakhstan near the border, choose your region. Wherever you are, a counselor can answer you right here.
centers-abroad-regions = Choose a region of Kazakhstan, or talk to a counselor:
centers-heading-location = Centers nearest to you:
centers-heading-region = Centers nearest to { $city } ({ $region }):
# A city of republican significance is its own region: named once.
centers-heading-city = Centers nearest to { $city }:
centers-heading-location-far = I don't know of any center near you yet.
centers-heading-region-far = I don't know of any center near { $city } ({ $region }) yet.
centers-heading-city-far = I don't know of any center near { $city } yet.
centers-filter-active = Only: { $need }
centers-none-for-need = I don't know of a center offering { $need } yet. The hotline or a counselor here can help.
centers-none-at-all = I don't know the addresses of any centers yet. The hotline or a counselor here can help.
centers-far = The nearest center I know is far from here: { $distance }, in { $city }. Help that is closer: the hotline 114 (hours to be confirmed), or a counselor right here in this chat, anonymously.
centers-far-list = If you can travel, these are the nearest centers:
centers-distance = { $distance } km
centers-distance-nearby = in your city, under { $km } km
centers-place-approximate = { $city } (city center; exact address not listed yet)
centers-place-address = { $city }, { $address }
centers-offers = Offers: { $services }
centers-service =
    { $service ->
        [consultation] consultation
        [rehabilitation] rehabilitation
        [psychological] psychological help
        [family] help for families
        [legal] legal help
        [theology] answers from theologians
        [returnees] help for people who returned home
       *[convicts] work with convicts and their families
    }
centers-phone = ☎ { $phone }
centers-phone-unknown = Phone not listed yet
centers-contact-unknown = Phone and hours not listed yet
centers-languages = Languages: { $languages }
centers-language =
    { $language ->
        [kk] Kazakh
       *[ru] Russian
    }
centers-hours-unconfirmed = Hours to be confirmed
centers-hours-unknown = Hours not listed yet
centers-open-until = { $schedule } · open now, until { $time }
centers-open-always = { $schedule } · open now, around the clock
centers-closed-opens =
    { $schedule } · closed now, opens { $day ->
        [mon] Monday
        [tue] Tuesday
        [wed] Wednesday
        [thu] Thursday
        [fri] Friday
        [sat] Saturday
       *[sun] Sunday
    } at { $time }
centers-closed = Closed now
centers-day-short =
    { $day ->
        [mon] Mon
        [tue] Tue
        [wed] Wed
        [thu] Thu
        [fri] Fri
        [sat] Sat
       *[sun] Sun
    }
centers-hotline = ☎ { $phone } — { $name }
centers-counselor-offer = If you like, you can talk to a counselor right here, anonymously.
centers-counselor-blocked = You can't start a conversation with a counselor until { $date }; meanwhile the hotline 114 (hours to be confirmed) can help. In danger right now: call 112.
centers-far-blocked = The nearest center I know is far from here: { $distance }, in { $city }. Help that is closer: the hotline 114 (hours to be confirmed).
centers-none-for-need-blocked = I don't know of a center offering { $need } yet. The hotline can help.
centers-none-at-all-blocked = I don't know the addresses of any centers yet. The hotline can help.
centers-abroad-blocked = This point seems to be outside Kazakhstan, and the centers I know are in Kazakhstan. If you are in Kazakhstan near the border, choose your region. In danger right now: call 112.
centers-abroad-regions-blocked = Choose a region of Kazakhstan:
centers-need =
    { $need ->
        [consultation] 💬 Consultation
        [rehabilitation] 🤝 Rehabilitation
        [psychological] 🧠 Psychological help
        [family] 👨‍👩‍👧 Help for a family
       *[all] All centers
    }
centers-another-place = 🗺 Another place
centers-venue-approximate = { $city } (city center)

## Knowledge base (src/knowledge)
menu-questions = ❓ Questions and answers
faq-topics = Choose a topic. Or simply write your question in your own words, and I will look for an answer.
faq-page = { $category }: questions { $from }–{ $to } of { $total }
faq-previous = ◀️ Previous
faq-next = Next ▶️
faq-all-topics = ⬅️ All topics
faq-helpful-yes = 👍 This helped
faq-helpful-no = 👎 Did not help
faq-thanks = Thank you for telling me.
faq-back = ⬅️ { $category }
faq-browse = ❓ All questions
faq-not-what-you-meant = Not what you meant? Perhaps one of these:
faq-also = You also wrote about something else; this answer may help with it:
faq-did-you-mean = Did you mean one of these questions?
faq-no-match = I don't have a ready answer to that. A counselor can answer you in person, anonymously: no name or phone number needed. You can also call the hotline 114 (hours to be confirmed).
faq-wordless = I'm here. When you can, write in words what happened or what you would like to know, or talk to a person: a counselor answers anonymously.
faq-wordless-distress = I can see it is hard for you right now. You can talk to a person: a counselor will listen to you anonymously, no name or phone number needed. Or, when you can, write in words what happened; I'm here.
faq-gone = Sorry, this is no longer available.
faq-clarify-who = To find the right answer: who is this about?
faq-clarify-self = 🙋 About me
faq-clarify-family = 👪 About someone close to me
faq-clarify-what = What worries you most? Choose the closest:
faq-faith-lead = I can't give a religious ruling (fatwa) here. A theologian at a consultation and rehabilitation center, or a counselor here, can talk it through with you, anonymously. These answers may help:
faq-family-opening = You are asking about someone close. Below is what theologians answer to this idea. At home, arguing about verses rarely helps: stay calm, keep in touch, and suggest a conversation with a theologian at a consultation center. A counselor here can help you plan the next step.
faq-support =
    That sounds really hard, and you do not have to carry it alone. A counselor can talk with you here: a real person, no name or phone number needed.

    If you might hurt yourself, or you are in danger right now, call 112.
faq-support-more = What can help right now
faq-support-off-duty =
    That sounds really hard, and you do not have to carry it alone. No counselor is on duty until the next shift: it starts { $when } (Almaty time). You can leave a message here, anonymously: the counselor on that shift sees it first.

    If you might hurt yourself, or you are in danger, don't wait: call 112. The hotline 114 (hours to be confirmed) is there too.
faq-support-off-duty-unknown =
    That sounds really hard, and you do not have to carry it alone. No counselor is on duty, and the next shift is not yet scheduled. You can leave a message here, anonymously: the next counselor on duty sees it first.

    If you might hurt yourself, or you are in danger, don't wait: call 112. The hotline 114 (hours to be confirmed) is there too.
faq-support-paused =
    That sounds really hard, and you do not have to carry it alone. All counselors are busy and can't start a new conversation for a while. You can leave a message here, anonymously: a counselor sees it as soon as they are free.

    If you might hurt yourself, or you are in danger, don't wait: call 112. The hotline 114 (hours to be confirmed) is there too.
faq-support-duty-unknown =
    That sounds really hard, and you do not have to carry it alone. I can't tell at the moment whether a counselor is free. You can leave a message here, anonymously: a counselor sees it as soon as one can.

    If you might hurt yourself, or you are in danger, don't wait: call 112. The hotline 114 (hours to be confirmed) is there too.
faq-support-no-counselors =
    That sounds really hard, and you do not have to carry it alone. Counselors can't be reached through this chat, but the hotline 114 (hours to be confirmed) can listen to you, anonymously.

    If you might hurt yourself, or you are in danger, call 112.
faq-kind-reply = I'm sorry I could not help. I'm a bot and I get things wrong sometimes. You can ask in other words, choose a topic, or write to a counselor: a real person reads it.
faq-no-match-blocked = I don't have a ready answer to that. You can't start a conversation with a counselor until { $date }; meanwhile you can read the answers to common questions or find a center near you. In danger right now: call 112. Hotline: 114 (hours to be confirmed).
faq-kind-reply-blocked = I'm sorry I could not help. I'm a bot and I get things wrong sometimes. You can ask in other words or choose a topic. You can't start a conversation with a counselor until { $date }; the hotline 114 (hours to be confirmed) is there meanwhile.
faq-answer-blocked-note = ⚠️ You can't start a conversation with a counselor until { $date }: where this answer suggests writing to one, call the hotline 114 (hours to be confirmed) or find a center near you instead. In danger right now: call 112.
# A greeting, thanks or a goodbye alone: a friendly word, then the menu (menu-prompt follows).
faq-courtesy-greeting = Hello! I'm here.
faq-courtesy-thanks = You're welcome. Write any time something else comes up.
faq-courtesy-goodbye = Take care. You can come back any time. In danger right now: call 112.
faq-courtesy-ok = All right. Write any time a question comes up.
faq-support-blocked =
    That sounds really hard, and you do not have to carry it alone. You can't start a conversation with a counselor until { $date }, but the hotline 114 (hours to be confirmed) can listen to you, anonymously.

    If you might hurt yourself, or you are in danger, call 112.
faq-counselor-languages = Counselors on this service speak { $languages }.
faq-counselor-language-served = You can write to a counselor in your language.
faq-counselor-language-missing =
    { $language ->
        [kk] Kazakh
        [ru] Russian
       *[en] English
    } is not among them: if you write to a counselor, the reply will come in one of these languages. Everything else in this bot works in your language.
faq-counselor-language-foreign =
    { $language ->
        [uz] Uzbek
        [ky] Kyrgyz
        [tg] Tajik
        [tr] Turkish
        [ug] Uyghur
        [az] Azerbaijani
        [tk] Turkmen
        [de] German
        [fr] French
        [zh] Chinese
        [ja] Japanese
        [ko] Korean
        [ar] Arabic
       *[fa] Persian
    } is not among them, and this bot does not speak it either. Please write in Kazakh, Russian or English, whichever is easiest for you: the bot answers in it, and a counselor in one of the languages above.
other-language-sorry = Sorry, I don't know this language well enough to answer.
other-language-choose = The buttons below switch the language. In danger right now: call 112.
faq-language-spoken =
    { $code ->
        [kk] Kazakh
        [ru] Russian
       *[en] English
    }
faq-and = and

## Triage (src/triage)
menu-triage = 🧭 Help me figure out what to do
triage-intro = Let's work out together what could help. Four short questions; you don't need to name anyone, and you can go back or stop at any time.
triage-ask-who = Who are you asking for?
triage-who-self = For myself
triage-who-family = For a family member or friend
triage-who-professional = I work with people (teacher, imam…)
triage-who-other = Other
triage-ask-concern = What worries you most?
triage-concern-recruitment = Pressure or recruitment
triage-concern-changed-behaviour = Someone close has changed
triage-concern-returnee = Someone came back from a conflict zone
triage-concern-study-abroad = Studying religion abroad
triage-concern-online-materials = Something seen online
triage-concern-legal = Legal questions
triage-concern-leaving-group = Leaving a group
triage-concern-other = Something else
triage-ask-urgency = How urgent is it?
triage-urgency-now = Someone is in danger right now
triage-urgency-soon = Serious, I need advice soon
triage-urgency-info = I want to understand, no rush
triage-urgent-first-on = If anyone is in danger right now, call 112 first. A counselor can also write with you here:
triage-urgent-first-off = If anyone is in danger right now, call 112, don't wait. No counselor is on duty until the next shift (it starts { $when }, Almaty time). You can leave a message here: whoever comes on shift sees it first.
triage-urgent-first-away = If anyone is in danger right now, call 112, don't wait. I can't promise when a counselor will answer; you can leave a message here: a counselor sees it first as soon as they can.
triage-ask-region = Where are you? Then I can suggest the nearest centers. Share your location with the button below (I use it once and don't save it), choose your region from the list, or skip.
triage-region-list = Your region or city:
triage-share-location = 📍 Share my location
triage-skip = Skip
triage-back = ← Back
triage-cancel = ✖️ Cancel
triage-answered =
    { $question }
    ✓ { $answer }
triage-region-chosen = ✓ { $region }
triage-region-skipped = ✓ Region skipped
triage-region-abroad = This place seems to be outside Kazakhstan, so I can't tell the region from it. Choose a region from the list, or skip.
triage-going-back = ↩ Back to the previous question.
triage-cancelled = Stopped. Nothing from your answers was kept. You can start again from the menu at any time.
triage-choose-button = Please choose one of the buttons above, or write /cancel to stop. You can ask your own question in your own words after these four questions.
triage-maybe-this = This may answer your question (the choice above is still open):
triage-welcome-back = Welcome back! Last time we stopped halfway. Here is where we were: carry on, or write /cancel.
triage-result-self = Thank you for telling me. Asking is a good step, and you can do it safely here.
triage-result-family = Thank you for caring. Keeping in touch with the person matters more than winning an argument, and you don't have to handle it alone.
triage-result-professional = Thank you. In your role, calm attention and a referral to specialists often help most.
triage-result-other = Thank you. Here is where to start.
triage-result-urgent = Someone is in danger: call 112 now. A counselor can also write with you here.
triage-result-plan = What I suggest, in this order: read the answers below, find a center nearby, or talk to a counselor.
triage-result-plan-urgent-on = What I suggest: talk to a counselor now. Centers nearby and answers to read are below.
triage-result-plan-urgent-off = What I suggest: call 112 first. No counselor is on duty until the next shift (it starts { $when }, Almaty time): leave a message here, and whoever comes on shift sees it first. Hotline: 114 (hours to be confirmed). Centers nearby and answers to read are below.
triage-result-plan-urgent-away = What I suggest: call 112 first. I can't promise when a counselor will answer: leave a message here, and a counselor sees it first as soon as they can. Hotline: 114 (hours to be confirmed). Centers nearby and answers to read are below.
triage-result-plan-urgent-none = What I suggest: call 112 first. Counselors can't be reached through this chat, but the hotline 114 (hours to be confirmed) will listen to you anonymously. Centers nearby and answers to read are below.
triage-result-urgent-call = Someone is in danger: call 112 now.
triage-result-plan-blocked = What I suggest, in this order: read the answers below, then find a center nearby. You can't start a conversation with a counselor until { $date }; the hotline 114 (hours to be confirmed) is there meanwhile.
triage-result-plan-urgent-blocked = You can't start a conversation with a counselor until { $date }: if anyone is in danger, call 112; the hotline 114 (hours to be confirmed) can help too. Centers nearby and answers to read are below.
triage-centers = 📍 Centers nearby
triage-centers-in = 📍 Centers: { $region }

## Crisis safety (src/crisis)
crisis-call-112 = 🆘 If a life is in danger right now, call 112 (free, 24 hours a day).
crisis-call-102 = 🚓 If someone threatens or hurts a person, or forces them to leave for a conflict zone, call the police: 102.
crisis-call-103 = 🚑 If pills or poison have already been taken, or someone is injured, call an ambulance: 103.
crisis-call-111 = 👪 Violence at home, a forced or underage marriage, a child at risk: 111, the state contact center for the rights of family, women and children, 24 hours a day. Calls there are recorded and may be passed to the police or guardianship bodies.
# A self-harm act told as already done (src/crisis, "already-done"): said first, instead of the 112 and 103 lines.
crisis-act-done = 🚑 If you have already taken pills or poison or hurt yourself, call an ambulance now: 103 (or 112), even if you feel fine. Tell someone near you right away, and unlock the door so that help can get in.
crisis-act-done-relative = 🚑 If they have already taken pills or poison or hurt themselves, call an ambulance now: 103 (or 112), even if they seem fine. Stay with them or ask someone near them to, and unlock the door so that help can get in.
crisis-support-self-harm = I'm glad you wrote. You don't have to go through this alone: don't stay on your own now, call or go to someone you trust. A counselor can write with you here, now.
crisis-support-danger = Your safety comes first. If you can, go somewhere safe. A counselor can write with you here.
crisis-support-violence = If someone could get hurt, call 112 now. A counselor can help you think it through, here and anonymously.
crisis-support-travel-pressure = No one may force a person to go. A counselor can help you work out the next steps, here and anonymously.
crisis-talk = 💬 Talk to a counselor now
crisis-steps-self-harm = I'm glad you wrote. Three steps, without waiting: don't stay alone (call or go to someone you trust); put the pills, blades or anything you could hurt yourself with out of reach, or give them to someone; if you feel you can't keep yourself safe, call 112.
crisis-steps-danger = Your safety comes first. If you can, go to a safe place or to people you trust, keep your phone charged and with you, and call 112 if the danger comes closer.
crisis-steps-violence = If someone could get hurt, call 112. Keep away from the person and from any weapon, and don't stay alone with them.
crisis-steps-travel-pressure = No one may force a person to go. Keep the passport and documents in a safe place, tell someone you trust, and call 102 if someone is taking a person away.
# Written by a relative about someone close ("my daughter is kept in a house"): what the writer can do for them.
crisis-steps-relative-self-harm = Thank you for not letting this pass. If someone close says they don't want to live, or says goodbye, take it seriously: reach them now if you can, be with them or ask someone to be with them, and put pills and anything dangerous out of reach. If they don't answer or have already done something, call 112 and say where they may be.
crisis-steps-relative-danger = If someone close is kept locked in, not let go, or their passport or phone was taken, call the police: 102. Don't go there alone. Write down what you know (where they are, with whom, when you last spoke) and keep the messages.
crisis-steps-relative-violence = If someone close is threatened or hurt, call 112 or 102. Don't step in alone, and keep away from the person who is dangerous. Write down what you know and keep the messages.
crisis-steps-attack = If someone close is planning to hurt people (an explosion, an attack), call the police on 102, or 112, now: this must be reported. Don't try to stop them alone, and don't tell them you are calling. Keep yourself away from them.
crisis-steps-relative-travel-pressure = If someone close (or you with them) is being forced to leave or taken away, call 102: the sooner the better. Write down what you know (where to, with whom, when), keep the messages, and don't try to deal with these people alone.
crisis-support-relative = A counselor can help you think through how to support them and what to do next, here and anonymously.
crisis-off-duty = No counselor is on duty until the next shift. It starts { $when } (Almaty time). If you are in danger, don't wait: call 112.
crisis-off-duty-unknown = No counselor is on duty, and the next shift is not yet scheduled. If you are in danger, don't wait: call 112.
crisis-counselors-paused = Counselors are on shift, but all of them are busy with other conversations, so a reply may take a while. If you are in danger, don't wait: call 112.
crisis-duty-unknown = I can't tell at the moment whether a counselor is free. If you are in danger, don't wait: call 112. Hotline: 114 (hours to be confirmed).
crisis-no-counselors = Counselors can't be reached through this chat. Hotline: 114 (hours to be confirmed). If you are in danger, call 112.
# The database is down: nobody can be connected, the hotline comes right after the emergency numbers.
crisis-outage = ☎ Hotline: 114 (hours to be confirmed). I can't connect you with a counselor right now because of a technical problem on my side: please write again in a few minutes.
crisis-leave-message = You can leave a message here: the next counselor on duty sees it first.
crisis-leave-message-paused = Leave a message here: counselors see it first as soon as one of them is free.
crisis-leave-message-button = ✉️ Leave a message for a counselor
crisis-already-queued = Your request is already with the counselors and has been moved to the top of the queue. Keep writing here: everything you write is passed on.
crisis-in-case-seen = Your counselor has this message, marked 🆘, and will answer you first. Keep writing here: you are not alone with this.
crisis-in-case-passed = Your counselor gets this message marked 🆘 and will answer it first as soon as they can.

## Privacy rights (src/privacy-rights)
menu-privacy = 🔒 My data
privacy-title = What I keep about you right now:
privacy-state = • Your settings and where we are in a conversation (language, your answers to "Help me figure out", the last safety message): until { $until }, that is { $days ->
        [one] { $days } day
       *[other] { $days } days
    } after your last message. This needs no consent: without it I could not talk with you.
privacy-state-none = • Settings and conversation: nothing is stored.
privacy-purpose-counselor = Counselor connection
privacy-purpose-history = Conversation history
privacy-purpose-statistics = Anonymous statistics
privacy-explain-counselor = an encrypted link to this chat, only while a conversation with a counselor is open; deleted when it closes.
privacy-explain-history = the text of your conversation with a counselor, for { $days ->
        [one] { $days } day
       *[other] { $days } days
    }, so that the next counselor can pick up.
privacy-explain-statistics = counts of what kind of help was asked for, by day and region, with no link to you.
privacy-consent-on = ✅ { $purpose }: allowed on { $date }. Kept: { $explain }
privacy-consent-off = ⭕ { $purpose }: not allowed. It would keep: { $explain }
privacy-records = • Other records linked to you: { $records }.
privacy-record = { $table } ({ $count })
privacy-record-until = { $table } ({ $count }, until { $until })
privacy-record-cases = conversations with a counselor (open: { $open }, closed: { $closed })
privacy-record-history = { $table } ({ $count } { $count ->
        [one] message
       *[other] messages
    }; each is kept { $days } { $days ->
        [one] day
       *[other] days
    } after it was written, the last until { $until })
privacy-table-counsel_case = conversation with a counselor
privacy-table-case_link = encrypted link to this chat
privacy-table-case_history = saved conversation text (encrypted)
privacy-table-case_block = temporary block, which /forget does not lift: until it ends, its end date and reason are kept
privacy-table-counselor = counselor profile
privacy-footer = /mydata says it in plain words, and its button sends all of it as a file. /forget erases everything at once. The buttons below allow or withdraw each purpose; withdrawing deletes what depended on it straight away.
privacy-withdraw = Withdraw: { $purpose }
privacy-allow = Allow: { $purpose }
privacy-withdrawn = Withdrawn. What depended on it has been deleted.
privacy-withdraw-end-queued = Your request to talk to a counselor is still waiting. Withdrawing this consent closes it at once, and no counselor will answer you. Withdraw and close the request?
privacy-withdraw-end-active = You are in a conversation with a counselor. Withdrawing this consent ends it at once, and the counselor can't write to you any more. Withdraw and end the conversation?
privacy-withdraw-end-yes = Yes, withdraw and end it
privacy-withdraw-end-no = No, keep it
privacy-withdraw-kept = All right, nothing changed: the consent and your conversation with a counselor stay.
privacy-withdrawn-ended = Withdrawn. The conversation with a counselor is closed, and the link to this chat deleted.
privacy-withdrawn-safety = If things are hard, you are not alone: hotline 114 (hours to be confirmed). You can talk to a counselor again at any time: send /start and press “{ menu-talk }”.
privacy-allowed = Allowed. You can withdraw it here at any time.
# /mydata: the summary (the same lines as /privacy) ends with this, and the button for the file.
mydata-footer = To erase all of it at once: /forget. To allow or withdraw each purpose: /privacy. The button below sends everything as a file (JSON), if you want a full copy.
mydata-file = 📄 Everything as a file (JSON)
mydata-caption = Everything I keep about you right now. "[encrypted]" marks values stored encrypted: they are opened only to deliver a counselor's reply to you.
forget-confirm = This erases everything about you at once: your settings, consents, any open conversation with a counselor (it will be closed), and this chat's messages from the last 48 hours. It can't be undone. Erase everything?
forget-confirm-blocked = This erases everything about you at once: your settings, consents, any open conversation with a counselor (it will be closed), and this chat's messages from the last 48 hours. The block stays until { $date }: /forget does not lift it, and until it ends only its end date and reason are kept, under a pseudonymous key. It can't be undone. Erase everything else?
forget-yes = 🗑 Yes, erase everything
forget-no = No, keep it
forget-kept = Nothing was erased.
forget-done = Done: everything about you has been erased. You can delete this message too (press and hold it). If you write again, we start from zero.
forget-done-blocked = Done: everything about you has been erased except the block, which lasts until { $date } (only its end date and reason are kept). You can delete this message too (press and hold it).
forget-done-safety = If things are hard right now, you can talk to a counselor again: send /start and press “{ menu-talk }”. Hotline: 114 (hours to be confirmed).
safety-blocked = If things are hard right now, you are not alone: hotline 114 (hours to be confirmed). { blocked-danger }

## Counselors (src/counselors)
menu-talk = 💬 Talk to a person
counselors-unavailable = Counselors can't be reached through this chat. Hotline: 114 (hours to be confirmed). You can also find a center near you below. If anyone is in danger, call 112.
counselors-desk-unreachable = Counselors can't be reached through this chat right now: a technical problem on our side. Your request is kept and reaches them as soon as they can be reached again, with anything you write here meanwhile. If it is urgent, don't wait: hotline 114 (hours to be confirmed); if anyone is in danger, call 112.
counselors-desk-back = We can reach the counselors again: your request has reached them, with everything you wrote here.
counselors-desk-lost = ⚠️ I can no longer open topics for conversations in the counselors' group: I lost my administrator rights or the right "Manage topics", or Topics were turned off in the group. New requests are kept, and people are offered the hotline 114 (hours to be confirmed) and 112. Make me an administrator of the group with the right "Manage topics" again, and the kept requests will arrive there.
counselors-group-set-up = This group's id is { $id }. To make it the counselors' group, set COUNSELOR_CHAT_ID={ $id } and restart the bot. Until then the bot does nothing here.
counselors-group-set-up-topics = This group's id is { $id }, but it cannot be the counselors' group yet: it has no Topics, and each conversation needs a topic of its own. Turn Topics on in the group's settings and make me an administrator with the right "Manage topics". Turning Topics on can change the group's id: once I am an administrator with that right, I will write here the id to set in COUNSELOR_CHAT_ID.
counselors-group-set-up-rights = This group's id is { $id }, but I cannot work here yet: make me an administrator of this group with the right "Manage topics" (I open a topic for each conversation). Then set COUNSELOR_CHAT_ID={ $id } and restart the bot. Until then the bot does nothing here.
counselors-consent-declined = I understand; nothing is kept. You can call the hotline 114 (hours to be confirmed), and 112 if anyone is in danger. You can also keep asking me here, without consent.
counselors-consent-waits = Your message is kept: it reaches the counselor as soon as you press “{ consent-allow }” under the question above. If you choose “{ consent-decline }”, it is not passed on.
counselors-blocked = You can't start an ordinary conversation with a counselor until { $date }. { blocked-danger } Hotline: 114 (hours to be confirmed).
counselors-already-waiting = You are already in the queue for a counselor. You can write here: your messages will be passed on.
counselors-already-connected = You are already talking with a counselor: just write here.
counselors-still-queued = You are in the queue for a counselor: number { $position }. Write here: your messages will be passed on.
counselors-still-connected = Your conversation with a counselor is open: write here and your messages go to them. /end ends it.
counselors-case-over = That conversation has already ended: this button does nothing now.
counselors-opened = I have passed your request to the counselors. They cannot see your name, username or phone number.
counselors-position = You are number { $position } in the queue.
counselors-estimate-minutes = The wait is roughly { $low }–{ $high } minutes. This is only a rough guess.
counselors-estimate-long = Today the wait may be longer than two hours. I'm sorry.
counselors-estimate-unknown = I can't tell yet how long the wait will be: a counselor will answer as soon as one is free.
counselors-waiting-hint = I'll tell you when a counselor joins. You can already write here: your messages will be passed on without your name.
counselors-off-duty = No counselor is on duty until the next shift. It starts { $when } (Almaty time).
counselors-off-duty-unknown = No counselor is on duty, and the next shift is not yet scheduled.
counselors-paused = Counselors can't take new conversations for a while: everyone is busy.
counselors-duty-unknown = I can't tell at the moment whether a counselor is free: your request is kept, and a counselor will see it as soon as one can.
counselors-leave-message =
    Hotline: 114 (hours to be confirmed). If anyone is in danger, call 112 (free, around the clock).
    You can leave a message here: the next counselor on duty will see it first.
counselors-queued-ack = ✓ Received. A counselor will see it when they take your conversation.
counselors-queued-ack-off-duty = ✓ Received. No counselor is on duty until the next shift ({ $when }, Almaty time): the counselor who starts it sees your messages first. If you are in danger, call 112.
counselors-queued-ack-later = ✓ Received. A counselor will see it as soon as one is free. If you are in danger, call 112.
# A 🔴 case off duty (queued, or its counselor's shift over): when a counselor sees it, and 112 first.
counselors-crisis-ack-off-duty = ✓ Received. No counselor is on duty until the next shift ({ $when }, Almaty time). The counselor who starts it sees your message first. If you are in danger, do not wait: call 112 (free, 24/7).
counselors-crisis-ack-later = ✓ Received. Your request is first in the queue, but nobody can answer straight away right now. If you are in danger, do not wait: call 112 (free, 24/7).
# At a shift's start, to each person who waited (one line), and the answer to "when?" typed while waiting.
counselors-shift-started = The shift has started: the counselors are here now. You are number { $position } in the queue.
counselors-when-off-duty = There is no shift right now. The counselors are back when the next shift starts ({ $when }, Almaty time) and will see your messages first. If you are in danger, do not wait: call 112.
counselors-when-later = Nobody can answer straight away, but a counselor will answer as soon as one can. If you are in danger, do not wait: call 112.
counselors-end-button = End the conversation
counselors-end-confirm = End the conversation with the counselor? Your messages will no longer be passed on.
counselors-end-yes = Yes, end it
counselors-end-no = No, continue
counselors-end-kept = All right, the conversation goes on.
counselors-end-stale = That button belongs to an earlier question: nothing was ended. To end the conversation, press "End the conversation" again.
counselors-joined = 🧑‍⚕️ Counselor { $alias } has joined. Write here: the counselor sees your messages, but not your name or number.
counselors-transferred = 🧑‍⚕️ Counselor { $alias } will continue the conversation.
counselors-back-in-queue = Your counselor had to step away. You are back in the queue, and your messages will not be lost.
counselors-holder-left = Your counselor can no longer continue this conversation. Another counselor will continue it, and your messages will not be lost.
counselors-alias-shown = Counselor { $alias }
counselors-nothing-to-end = There is no open conversation with a counselor.
counselors-closed-by-counselor = The counselor has ended the conversation. Thank you for writing. If you need to, start a new one from the menu at any time.
counselors-ended-not-passed = That conversation has ended, so this message did not reach a counselor. To go on, press “💬 Talk again”: your request goes back to the counselors, with what you just wrote.
counselors-ended-not-passed-blocked = That conversation has ended, so this message did not reach a counselor. You can't start a new conversation with a counselor until { $date }; the hotline 114 (hours to be confirmed) is there meanwhile. { blocked-danger }
counselors-closed-unanswered = Your request has been closed before a counselor could answer you. We are sorry. If you still need to talk, press “💬 Talk again” below: your request goes back to the counselors.
counselors-closed-unanswered-blocked = Your request has been closed before a counselor could answer you. We are sorry. You can't start a new conversation with a counselor until { $date }; the hotline 114 (hours to be confirmed) is there meanwhile. { blocked-danger }
counselors-closed-ended = You ended the conversation. Thank you for writing.
counselors-closed-idle = It has been quiet here for a while, so I've closed this conversation for now. Whenever you want to talk again, press “💬 Talk again” below: a counselor will pick it up. If you are in danger, call 112.
counselors-closed-idle-blocked = It has been quiet here for a while, so I've closed this conversation. You can't start a new conversation with a counselor until { $date }; the hotline 114 (hours to be confirmed) is there meanwhile. { blocked-danger }
counselors-closed-expired = I'm sorry: your request waited too long without an answer and has been closed. That was our failing, not yours. Press “💬 Talk again” below to ask once more; hotline: 114 (hours to be confirmed), in danger: 112.
counselors-closed-expired-blocked = I'm sorry: your request waited too long without an answer and has been closed. That was our failing, not yours. You can't start a new conversation with a counselor until { $date }; the hotline 114 (hours to be confirmed) is there meanwhile. { blocked-danger }
counselors-blocked-notice = The counselor has ended this conversation. You can't start an ordinary new one until { $date }. { blocked-danger } Hotline: 114 (hours to be confirmed).
counselors-rate-question = Please rate the conversation from 1 to 5. The rating is anonymous and linked neither to you nor to the conversation.
counselors-rate-skip = Skip
counselors-rate-thanks = Thank you for the rating! Would you like to add a short comment? It is anonymous too.
counselors-rate-no-comment = No comment
counselors-rate-write-comment = ✍️ Write a comment
counselors-comment-ask = Write your comment in one message, without your name or phone number. It is kept without any link to you or the conversation and deleted after { $days ->
        [one] { $days } day
       *[other] { $days } days
    }; I remove phone numbers, e-mail addresses and links from it.
counselors-rate-skipped = All right. Take care.
counselors-rate-done = The rating has already been counted. Thank you!
counselors-comment-thanks = Thank you, your comment is kept without any link to you.
counselors-comment-thanks-contacts-removed = Thank you, your comment is kept without any link to you. I removed the phone number and other contacts from it.
counselors-history-kept = All right: the text of the conversation will be kept for { $days ->
        [one] { $days } day
       *[other] { $days } days
    }, so that the next counselor can continue.
counselors-history-not-kept = All right: once the conversation closes, its text is not kept anywhere.
counselors-outcome-consulted = Consulted
counselors-outcome-referred = Referred to a center
counselors-outcome-no-response = No response
counselors-outcome-abusive = Abusive
counselors-outcome-duplicate = Duplicate
counselors-outcome-ended = Ended by the person
counselors-outcome-idle = Closed as idle
counselors-outcome-expired = Waited too long
counselors-outcome-withdrawn = Consent withdrawn
counselors-audit-opened = opened
counselors-audit-taken = taken by
counselors-audit-transferred = transferred
counselors-audit-queued = back to the queue
counselors-audit-holder-left = left the counselors' group: back to the queue
counselors-audit-closed = closed
counselors-audit-blocked = block
counselors-audit-block-overridden = block overridden: crisis
counselors-audit-paused = pause
counselors-audit-resumed = resumed
counselors-head-title = 📋 Case { $ref } · { $priority }
counselors-head-details = Language: { $locale } · Region: { $region } · Source: { $source }
counselors-head-triage = Who: { $who } · Concern: { $concern } · Urgency: { $urgency }
counselors-head-crisis = ⚠️ Crisis signal: { $category }
counselors-head-blocked-in-crisis = ⛔ Blocked person in crisis: the block was overridden. Supervisors, please look at this case.
counselors-head-opened = Opened { $time }
counselors-head-opened-after-hours = Opened { $time } (outside duty hours)
counselors-head-log = Log:
counselors-status-queued = Status: in the queue · messages waiting: { $count }
counselors-status-active = Status: with { $alias } since { $time }
counselors-status-closed = Status: closed ({ $outcome })
counselors-button-take = ✋ Take
counselors-button-transfer = ↪️ Transfer
counselors-button-close = ✖️ Close
counselors-button-back = ← Back
counselors-button-to-queue = ↩️ Back to the queue
counselors-take-won = { $ref } is yours. The conversation continues in your private chat with the bot.
counselors-take-won-topic = { $ref } is yours. I can't write to you privately, so the conversation continues here in the topic.
counselors-take-taken = { $alias } has already taken { $ref }.
counselors-topic-mode = { $alias } runs this conversation here, in the topic: the private chat with the bot is not open. The person's messages will arrive here; to answer, reply to one of them (anything else stays a note). To get the next cases in the private chat (so the group does not hit Telegram's limit), open a chat with the bot and press Start (/start).
counselors-take-first = Take the case first (the Take button in its topic).
counselors-no-such-case = There is no such open case.
counselors-command-in-general = { $command } acts on one case, and in the General topic it is not clear which. Send it in the case's topic, or in your private chat with the bot (there /case and the case's reference choose it).
counselors-take-usage = To take a case, write /take and its reference, e.g. /take K7F3 (or press ✋ Take in its topic). /queue: the queue.
counselors-take-one-waiting = One case is waiting now: { $ref }.
counselors-not-allowed = This case is with another counselor: only they or a supervisor can change it.
counselors-not-yours = { $ref } is not yours at the moment. Your cases: /cases
counselors-case-usage = To switch the current case: /case and its reference, e.g. /case K7F3. Your cases: { $refs }.
counselors-which-case = Which case is this for? Reply to a message of that case, or choose one: /case { $refs }
counselors-not-relayable = I don't pass this kind of message on. Send text, a photo, a voice message, a video, a file or a sticker.
counselors-not-relayed-person = I don't pass a contact card on to the counselor: it could identify you. If it matters, describe it in words, without names or numbers. Text, photos, voice messages and files do reach the counselor.
counselors-location-not-relayed = 📍 I did not pass your location to the counselor and did not keep it anywhere: an exact place can tell who you are. If it matters for the counselor to know where you are, write your city or region in words.
counselors-location-held-back = 📍 { $ref }: the person shared a location. I do not pass it on or keep it: an exact place can identify them. They were asked to name their city or region in words; ask them if it matters.
counselors-note = 📝 { $alias }: { $note }
counselors-head-rule = ✉️ The person gets only what the holder writes in the private chat with the bot, or the holder's reply to one of the person's messages here (one starting with // stays a note). Everything else in a topic is an internal note.
counselors-note-hint = ✍ Kept as an internal note: the person does not see it. To answer them, reply to their message, or write in your private chat with the bot.
counselors-closed-note-only = { $ref } is closed: what you write here stays a note and never reaches the person.
counselors-reply-not-open = Not sent: the message you replied to is not part of an open case of yours (the case may be closed). Nothing reached the person. Reply to one of the person's own messages, or write without a reply to reach your current case.
counselors-undelivered-unreachable = ⚠️ Not delivered ({ $ref }): the person has blocked the bot or deleted the chat. Nothing will reach them now; close the case when you are done.
counselors-person-blocked-bot = ⚠️ { $ref }: the person has just blocked the bot. Nothing will reach them now; close the case when you are done.
counselors-person-language = 🌐 { $ref }: the person now reads { $language }; the bot writes to them in it from now on.
counselors-undelivered-retry = ⚠️ Not delivered ({ $ref }): Telegram refused it. Please send it again in a minute.
# The web chat was switched off (WEB_CHAT) while a web person's case is open.
counselors-undelivered-channel-off = ⚠️ Not delivered ({ $ref }): the person writes from the web chat, which is switched off now. They can't be reached until it is on again; the case stays open.
# A counselor's media the person's web chat shows only as a line naming it (web-media).
counselors-only-noted = ⚠️ Not shown ({ $ref }): the person writes from the web chat, which cannot show this. They got only the line “{ $note }” in its place. Write in words what it showed.
counselors-audit-undelivered = not delivered: the person cannot be reached
counselors-private-header = ━━ { $title } ━━
counselors-private-header-other = (you are writing to another case; to answer this one, reply to its message or use /case { $ref })
counselors-private-taken = You have taken case { $ref }.
counselors-private-transferred = { $alias } has handed case { $ref } to you. What was kept of the conversation and the internal notes follow.
counselors-handover-history = 💬 The conversation so far, both sides ({ $count }); the person agreed to keep it:
counselors-handover-history-empty = 💬 The person agreed to keep the conversation, but no text was written yet.
counselors-handover-no-history = 💬 The earlier conversation is not handed over: the person did not agree to keep it. Only their latest messages follow, without the answers they got.
counselors-handover-latest = ⬇️ The person's latest messages (reply to one to answer):
counselors-handover-notes = 📝 Internal notes: { $count }
counselors-handover-person = Person
counselors-private-help = Write here: the person receives it from your alias; a reply to a message goes to that message's case. Start with // for a note in the topic. /t templates, /close to close, /transfer to hand over, /block to block.
counselors-private-idle = No case of yours is open, so this went to no one. To take one: ✋ Take in its topic in the group, or /take REF here. /queue: the queue; /cases: all open cases; /help: everything.
counselors-private-start = You are set up as counselor { $alias }: people see "{ $shown }". New cases open as topics in the counselors' group: take one there with ✋ Take (or /take REF here). The conversation then runs here: the person's messages arrive in this chat, and what you write here reaches them under your alias. /cases: open cases; /help: everything.
counselors-notice-transferred = Case { $ref } handed to { $alias }.
counselors-notice-queued = Case { $ref } went back to the queue.
counselors-topic-holder-left = { $ref }: { $alias } is no longer in the counselors' group. The case is back in the queue, first in line; the person has been told another counselor will continue.
counselors-notice-closed = Case { $ref } was closed by { $alias }: { $outcome }.
counselors-notice-ended = Case { $ref }: the person ended the conversation.
counselors-notice-ended-crisis = ⚠️ Case { $ref }: the person ended the conversation themselves, although the case had crisis words ({ $category }). The case is closed; the bot sent them the emergency numbers. If they write again it is a new case: judge the risk with a supervisor.
counselors-notice-idle = The bot closed case { $ref }: nobody wrote in the conversation for { $minutes } minutes. The person was told it closed because it was quiet and to call 112 if in danger; they have a “💬 Talk again” button.
counselors-notice-idle-blocked = The bot closed case { $ref }: nobody wrote in the conversation for { $minutes } minutes. The person was told it closed because it was quiet and given 114 (hours to be confirmed) and 112; they have no “Talk again” button: blocked until { $date }.
counselors-notice-expired = The bot closed case { $ref }: it waited in the queue for { $days } { $days ->
        [one] day
       *[other] days
    } and nobody took it. The person was given an apology, 114 (hours to be confirmed) and 112, and a “💬 Talk again” button.
counselors-notice-expired-blocked = The bot closed case { $ref }: it waited in the queue for { $days } { $days ->
        [one] day
       *[other] days
    } and nobody took it. The person was given an apology, 114 (hours to be confirmed) and 112; they have no “Talk again” button: blocked until { $date }.
counselors-notice-withdrawn = Case { $ref }: the person withdrew consent; the case is closed and the link to their chat deleted.
counselors-notice-withdrawn-crisis = ⚠️ Case { $ref }: the person withdrew consent and erased their data, although the case had crisis words ({ $category }). The case is closed, and the topic and the link to their chat are deleted, as we promise; they can no longer be answered. The bot sent them the emergency numbers. If they write again it is a new case: judge the risk with a supervisor.
counselors-transfer-done = Case { $ref } transferred.
counselors-transfer-stale = Case { $ref } has changed meanwhile; please look again.
counselors-transfer-left = { $alias } is no longer in the counselors' group, so case { $ref } was not handed over: nothing changed. Choose again from the list below.
counselors-choose-transfer = Who should take { $ref }?
counselors-choose-outcome = How did case { $ref } end?
counselors-closed-done = { $ref } closed: { $outcome }.
counselors-block-usage = Like this: /block [days] <reason>, e.g. /block 7 insults (without days I ask how long)
counselors-blocked-done = Blocked for { $days ->
        [one] { $days } day
       *[other] { $days } days
    }; case { $ref } closed.
counselors-confirm-yes = ✅ Yes
counselors-confirm-no = No
counselors-confirm-close = Close { $ref } as “{ $outcome }”?
counselors-confirm-close-unanswered = ⚠️ { $ref } is a 🔴 crisis case, and no counselor has written to this person yet. If you close it as “{ $outcome }”, there will be no conversation: the person gets the emergency numbers and a button to ask again. Close it anyway?
counselors-confirm-block = Block the person of { $ref } for { $days ->
         [one] 1 day
        *[other] { $days } days
    }? The case closes too.
counselors-confirm-transfer = Transfer { $ref } to { $alias }?
counselors-confirm-cancelled = Cancelled: nothing changed.
counselors-confirm-stale = This question is out of date: the case has changed meanwhile, so nothing was done.
counselors-confirm-expired = This question is over two days old: Telegram no longer lets me read it, so nothing was done. Please send { $commandName } again.
counselors-block-how-long = For how long should the person of { $ref } be blocked?
counselors-confirm-block-crisis = 🔴 Crisis case: { $category }.
counselors-block-held-crisis = 🆘 { $ref }: the crisis in this case is recent or still unanswered. A block would close the conversation on a person in crisis: answer them first. Only a supervisor can block now.
counselors-block-days = { $days ->
         [one] 1 day
        *[other] { $days } days
    }
counselors-alias-usage = Like this: /alias Name (2–32 letters; people see only this).
counselors-alias-taken = Another counselor is already "{ $alias }": people could not tell you apart. Choose another, for example with an initial: /alias { $alias } K.
counselors-alias-role = People would read "{ $alias }" as a role (police, imam, administrator, bot…), not a name, and many who write here fear exactly that. Choose a first name: /alias Name.
counselors-alias-saved = Your alias: { $alias }. People will see: "{ $shown }".
counselors-alias-while-holding = While you hold cases ({ $refs }) your alias stays: people know you as "{ $alias }". Change it once you have closed or transferred them.
counselors-alias-open-private = Now open a private chat with @{ $bot } and press Start (/start): after Take, the conversation happens there.
counselors-alias-first = First choose an alias with /alias Name, and open a private chat with the bot.
counselors-removed = You are no longer in the counselors' group, so the desk's commands and the people's conversations are closed to you; nothing you write here reaches anyone. If this is a mistake, ask a supervisor to add you back. /start opens the menu everyone gets.
counselors-not-member = These buttons are for the counselors of this group only; nothing was changed.
counselors-templates = Canned replies:
counselors-no-template = There is no template "{ $id }". List: /t
counselors-template-sent = Sent to { $ref } ({ $language }): { $text }
counselors-history-none = Nothing is kept for this person: they did not allow keeping the conversation, nothing has been written yet, or it has expired.
counselors-history-in-group = /history shows a person's kept conversations only in your private chat with the bot, for your current case: here the whole group would read them.
counselors-history-kind = { $kind ->
    [photo] [photo]
    [voice] [voice message]
    [video] [video]
    [sticker] [sticker]
    [document] [document]
    [location] [location]
   *[other] [attachment]
}
counselors-history-edited = (edited)
counselors-person-edited = ✏️ The person edited this message; the copy above shows the new text.
counselors-counselor-edited = ✏️ The counselor edited this message.
counselors-queue-title = In the queue: { $count }
counselors-active-title = In progress: { $count }
counselors-age = { $minutes } min
counselors-waiting-count = waiting: { $count }
counselors-pause-on = ⏸ Intake paused since { $since }: { $reason }
counselors-audit-title = Log (latest { $count }):
counselors-ratings = Ratings in { $days } { $days ->
        [one] day
       *[other] days
    }: { $count }, average { $average }.
counselors-ratings-few = Ratings in { $days } { $days ->
        [one] day
       *[other] days
    }: fewer than { $min }, not shown, so that no one's rating can be told apart.
counselors-supervisors-only = Only supervisors can do this.
counselors-supervisor = supervisor
counselors-paused-done = ⏸ New requests are told there is no capacity and may leave a message. Reason: { $reason }. /resume to resume.
counselors-resumed = ▶️ Intake resumed.
# Words for the codes a case carries (src/counselors/labels.ts): staff never read a code.
counselors-who-self = the person themself
counselors-who-family = family or friend
counselors-who-professional = a professional
counselors-who-other = other
counselors-concern-recruitment = Recruitment
counselors-concern-changed-behaviour = Changed behaviour
counselors-concern-returnee = Returnee
counselors-concern-study-abroad = Study abroad
counselors-concern-online-materials = Online materials
counselors-concern-legal = Legal
counselors-concern-leaving-group = Leaving a group
counselors-concern-other = Other
counselors-urgency-now = someone in danger now
counselors-urgency-soon = serious, soon
counselors-urgency-info = no rush
counselors-source-menu = menu
counselors-source-faq = after an answer
counselors-source-nomatch = unanswered question
counselors-source-triage = after the questions
counselors-source-crisis = crisis reply
counselors-source-centers = list of centers
counselors-source-asked = asked for in a message
counselors-crisis-self-harm = harm to self
counselors-crisis-danger = danger
counselors-crisis-violence = violence
counselors-crisis-travel-pressure = forced travel
counselors-priority-crisis-reply = asked from a crisis reply
counselors-priority-crisis-words = crisis words in the person's message
counselors-priority-crisis-words-earlier = crisis words earlier in this conversation ({ $time })
counselors-priority-triage-now = triage: someone in danger now
counselors-priority-triage-soon = triage: serious, needs advice soon
counselors-head-priority-reason = Why: { $reason }
counselors-audit-safety-sent = 🆘 safety message sent
counselors-audit-crisis-detected = ⚠️ crisis words in the person's message
counselors-audit-crisis-silent = 🔴 the person in crisis fell silent: counselors asked to check in
counselors-audit-crisis-unanswered = 🔴 taken but not answered: back to the queue
counselors-audit-crisis-reannounced = 🔴 waiting while other cases are taken: announced in the general topic
# A 🔴 case waits while another is taken: to the taker (their reply only), and again in the general topic.
counselors-crisis-waiting-taker = ⚠️ Crisis case 🔴 { $ref } is waiting in the queue and nobody has taken it. If you can, take it first or ask a colleague to.
counselors-crisis-waiting-group = 🔴 { $ref } is still waiting in the queue while other cases are being taken. Whoever can, please take it first.
# A 🔴 case was taken: in its topic and the general topic, so that nobody else rushes to it.
counselors-crisis-taken = ✅ 🔴 { $ref } was taken by { $alias }. Nobody else needs to rush to it.
counselors-audit-off-duty-numbers = ℹ️ the usual waiting text (off duty or paused)
counselors-crisis-silent = 🔴 { $ref }: the person has been silent for { $minutes } minutes after crisis words. Silence can be a bad sign: write and ask how they are. The case will not close by itself for another { $closesIn } minutes.
counselors-crisis-unanswered-topic = 🆘 { $ref }: { $alias } took this 🔴 case { $minutes } minutes ago and has not written to the person. The case is back in the queue, first in line, and the person has been told. Supervisors, please make sure someone takes it now.
counselors-crisis-unanswered-holder = 🔴 { $ref } went back to the queue: you took it { $minutes } minutes ago and have not written to the person. If you can answer now, take it again from its topic.
counselors-crisis-unanswered-person = I'm sorry: the counselor who took your request has not been able to answer you yet. That is our failing, not yours. Your request is back in the queue, and the other counselors have been alerted.
counselors-alert-crisis-group = 🆘 { $ref }: crisis words ({ $category }) in the person's message; the case is now 🔴 P0. Supervisors, please look at it.
counselors-alert-crisis-holder = 🆘 { $ref }: the person's message contains crisis words ({ $category }). The bot has already sent them the emergency numbers ({ $numbers }). Please answer this person first.
# To the supervisors (privately, and in the group's general topic) when a 🔴 case opens or gets crisis words off duty.
counselors-offduty-crisis-opened = 🔴 { $ref }: a crisis case opened off duty ({ $category }). The bot sent the person the emergency numbers and safety steps.
counselors-offduty-crisis-words = 🔴 { $ref }: new crisis words ({ $category }) in the person's message, off duty. The bot sent them the emergency numbers.
counselors-offduty-crisis-shift = The shift starts: { $when }. Supervisors, decide whether someone can answer sooner.
counselors-offduty-crisis-no-shift = No next shift is set. Supervisors, decide who will answer.
counselors-lang-usage = Your desk language: { $current }. To change it: /lang { $choices }. Topic names and head messages in the group stay in one language: { $group }.
counselors-lang-saved = Done. Your desk language: { $language }.
counselors-help =
    How it works: each case is a topic. Take makes it yours; the conversation continues in your private chat with @{ $bot }.
    { counselors-head-rule }
    /alias Name: your alias (people see only this)
    /speak kk ru: the languages you talk with people in
    /lang kk|ru|en: the language the desk uses with you
    /queue: the queue; /cases: all open cases
    /take REF to take, /close [outcome] [note] to close, /block days reason to block
    /t: canned replies
    Supervisors: /audit, /pause reason, /resume, /stats

## Counselors: estimates, shifts, team languages (src/counselors)
counselors-risk =
    { $priority ->
        [0] 🔴 crisis
        [1] 🟠 urgent
       *[other] 🟢 routine
    }
counselors-language-name =
    { $code ->
        [kk] Kazakh
        [ru] Russian
       *[other] English
    }
counselors-waited = waiting { $minutes } min
counselors-told-minutes = told { $low }–{ $high } min
counselors-told-long = told: over 2 h
counselors-told-unknown = told: no estimate
counselors-talk-again = 💬 Talk again
counselors-your-language = 🗣 your language
counselors-language-at-work = 🗣 A counselor who speaks { $code ->
        [kk] Kazakh
        [ru] Russian
       *[other] English
    } is at work now.
counselors-language-on-team = 🗣 Some of our counselors speak { $code ->
        [kk] Kazakh
        [ru] Russian
       *[other] English
    }; I can't tell whether one of them is at the desk right now.
counselors-language-missing = 🗣 None of our counselors has said they speak { $code ->
        [kk] Kazakh
        [ru] Russian
       *[other] English
    }; they speak: { $languages }. You can still write in your language.
counselors-language-asked-missing = 🗣 None of our counselors speaks { $code ->
        [kk] Kazakh
        [ru] Russian
       *[other] English
    }, so I can't connect you with a counselor in that language. They speak: { $languages }. If you like, I will still connect you: write in one of these languages or in your own, and the counselor will answer in one of theirs.
counselors-head-speakers = 🗣 { $language }: { $aliases } (they are asked to take it first)
counselors-head-no-speakers = 🗣 { $language }: nobody has said they speak it (/speak)
counselors-speak-usage = Like this: /speak kk ru (the languages you can talk with people in: kk, ru, en).
counselors-speak-saved = You speak: { $languages }. Cases in these languages are marked "your language" in /queue, and the topics of new ones name you.
counselors-pace = Pick-up lately: median { $median } min from request to Take, slowest quarter { $upper } min and more ({ $count } { $count ->
        [one] case
       *[other] cases
    } in { $hours } h). At work: { $atWork }.
counselors-pace-unknown = Too few cases taken in the last { $hours } h for an estimate ({ $count } measured, { $atWork } at work): people are told the wait is unknown.
counselors-shift-digest = ☀️ The shift { $start }–{ $end } begins. Waiting: { $count } (riskiest, then oldest first):
counselors-shift-left = Left while the desk was closed: { $messages ->
        [one] 1 message
       *[other] { $messages } messages
    } from { $cases ->
        [one] 1 person
       *[other] { $cases } people
    }.
counselors-shift-more = …and { $count } more: /queue, /cases
counselors-shift-handover = 🌙 The shift ends at { $end }. Handover of the open cases:
counselors-shift-nothing-open = Nothing is open. Thank you for the shift.

## Statistics and reports (src/statistics)
stats-report-title = Open Door: anonymous statistics
stats-report-period = { $from } – { $to }
stats-report-about = Only people who allowed anonymous statistics are counted: per day, with no link to any person and nothing they wrote. Counts below { $k } are hidden (—), and so are some other counts, so that a hidden one cannot be worked out from the totals.
stats-report-generated = Made on { $date }
stats-report-empty = Nothing was counted in this period.
stats-no-data = No data
stats-total = Total
stats-count = Count
stats-unknown = Not known
stats-section-weekly = Contacts per week
stats-section-regions = Contacts by region
stats-section-categories = Contacts by concern
stats-section-languages = Contacts by language
stats-section-timings = Time until help
stats-timings-explain = Cases that closed in the period: from the request until a counselor took it, until the first reply, and until the conversation ended.
stats-section-ratings = Ratings of conversations with counselors
stats-section-outcomes = How conversations ended
stats-section-unanswered = Questions without a good answer: FAQ entries to write next
stats-unanswered-explain = Questions written in people's own words that matched no entry, or only weakly, counted by the entry they came closest to and by language. Their text is never kept.
stats-column-week = Week from
stats-column-region = Region
stats-column-category = Concern
stats-column-language = Language
stats-column-time = Time
stats-column-rating = Rating
stats-column-outcome = Outcome
stats-column-entry = Closest entry
stats-kind-faq-asked = Questions asked
stats-kind-faq-viewed = Answers read
stats-kind-triage-category = "Help me figure out" completed
stats-kind-centers-shown = Center lists shown
stats-kind-case-opened = Requests for a counselor
stats-kind-crisis = Crisis signals
stats-language-kk = Kazakh
stats-language-ru = Russian
stats-language-en = English
stats-measure-wait = Until taken
stats-measure-first-reply = Until the first reply
stats-measure-duration = Whole conversation
stats-bucket-0 = under 5 min
stats-bucket-5 = 5–15 min
stats-bucket-15 = 15–60 min
stats-bucket-60 = 1–4 h
stats-bucket-240 = 4–24 h
stats-bucket-1440 = over 24 h
stats-command-title = 📊 Anonymous statistics: last 7 days · last 30 days
stats-command-line = { $label }: { $week } · { $month }
stats-command-contacts = All contacts
stats-command-unanswered = Questions without a good answer
stats-command-closed = Cases closed
stats-command-fast = Taken within 15 minutes
stats-command-rating = Average rating
stats-command-top-region = Region with most contacts
stats-command-consented = Only people who allowed anonymous statistics are counted.
stats-command-hidden = Counts below { $k } are hidden (—).
stats-command-chart = Contacts per week, last 30 days

## Command list shown by Telegram (src/runtime/commands.ts)
command-start = Start and main menu
command-menu = Main menu
command-help = What this bot does, and its commands
command-centers = Find help nearby
command-privacy = What is stored about me
command-mydata = My data in plain words, and as a file
command-forget = Erase everything about me
command-language = Change language
command-end = End the conversation with a counselor
command-desk-help = How the desk works
command-desk-queue = Who is waiting
command-desk-take = Take a case
command-desk-case = Show a case
command-desk-cases = All open cases
command-desk-close = Close a case
command-desk-transfer = Hand a case to a colleague
command-desk-block = Block a person for a while
command-desk-pause = Pause intake (supervisors)
command-desk-resume = Resume intake (supervisors)
command-desk-alias = Your alias (people see only this)
command-desk-speak = The languages you talk with people in, e.g. /speak kk ru
command-desk-lang = Your desk language (kk, ru, en)
command-desk-t = Reply templates
command-desk-history = A case's history
command-desk-audit = Audit log (supervisors)
command-desk-stats = Anonymous statistics (supervisors)

## Unhandled input (src/unhandled)
help-intro = I am Open Door, an anonymous chat for anyone worried about religious pressure, recruitment or a loved one who has changed. My commands:
unhandled-command = I don't know the command { $command }. Here is what I can do:
unhandled-media = I can't read stickers, photos or voice messages, only words. Write what happened or what you would like to know, or talk to a person.
unhandled-media-blocked = I can't read stickers, photos or voice messages, only words: please write in words, or open the menu.
unhandled-media-question = I can't read stickers, photos, voice or files here. Please answer the question above with its buttons, or write in words.
unhandled-text = I didn't understand that. Please choose from the menu, or write your question in a few words.
stale-button = This button is no longer active. Here is the menu again.
stale-button-only = This button is no longer active.
counselors-stale-button = This button no longer works. /queue shows the requests as they are now.
error-generic = Sorry, something went wrong on my side, and your last message was not processed. Please try again in a minute. If you are in danger, call 112.
service-unavailable = Sorry, I am having trouble right now and could not process your message. Please try again in a few minutes.
    If someone is in danger, call 112 (free, 24 hours a day). Hotline: 114 (hours to be confirmed).
counselors-outage = ⚠️ The database is not answering, so this was not done: nothing was sent to the person and nothing was saved. Please try again in a few minutes.
counselors-outage-private = ⚠️ The database is not answering, so this was not done: nothing reached the person and nothing was saved. Your cases and the conversation so far are safe; nothing is lost. Try again in a few minutes; if it keeps failing, tell a supervisor.
rate-limited = You are writing faster than I can answer. Please wait a minute and write again. If someone is in danger, call 112.

## Web chat page (src/channels/web/page): the page's own texts, served by /chat/api/texts
web-page-title = Open Door
web-page-notice = Anonymous: you don't need to give your name or phone number. { emergency-line }
web-page-language = Language
web-page-exit = Quick exit
web-page-close = Hide chat
web-page-log = Conversation
web-page-quick-replies = Quick replies
web-page-input = Your message
web-page-input-placeholder = Write a message…
web-page-send = Send
web-page-from-you = You:
web-page-from-bot = Open Door:
web-page-typing = Open Door is typing…
web-page-map = Open on the map
web-page-status-connecting = Connecting…
web-page-status-online = Connected
web-page-status-offline = No connection. Trying again…
web-page-send-failed = This message was not sent. Please try again.
web-page-location-refused = Your location was not shared. Choose your region from the list instead.
web-page-download-failed = The file could not be downloaded. Please try again.
web-page-launcher = Anonymous chat

## The web chat (src/channels/web)
# What the page cannot show (a counselor's photo, say), as one line in its place.
web-media = { $kind ->
    [photo] 📷 Photo
    [document] 📄 Document
    [voice] 🎤 Voice message
    [video] 🎬 Video
    [video_note] 🎬 Video message
    [audio] 🎵 Audio
    [animation] 🎞 Animation
    [sticker] 🙂 Sticker
    [location] 📍 Location
    [venue] 📍 Place
    [contact] 👤 Contact
   *[other] A message this chat cannot show
}
# The counselors' topic name and case head: the person writes from the web chat.
counselors-web-mark = 🌐 web
