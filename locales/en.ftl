# English. Every key here exists in kk.ftl and ru.ftl too (a test checks).
# Sections follow the features in src/; keep each feature's keys under its header.

## Welcome and main menu (src/welcome)
welcome-first =
    Hello. This is Open Door, an anonymous chat for anyone worried about religious pressure, recruitment or a loved one who has changed.

    • You don't need to give your name or phone number.
    • This is not the police, and not a religious authority issuing rulings.
    • Behind it is the network of consultation and rehabilitation centers in Kazakhstan.
welcome-back = Welcome back. How can I help?
emergency-line = In danger right now: call 112. Hotline: 114.
menu-prompt = Choose what you need, or just write your question in your own words.
menu-language = 🌐 Language
menu-button = ☰ Menu

## Language (src/language)
language-choose = Choose the language I should use:
language-follow-telegram = Like my Telegram
language-changed = Done, I will write in English.

## Consent (src/consent)
consent-counselor-explain = To connect you with a counselor, I need to keep an encrypted link to this chat while your conversation with the counselor is open. It is deleted as soon as the conversation closes. The counselor never sees your name, username or phone number.
consent-history-explain = May I keep the text of your conversation with the counselor for { $days } days, so that the next counselor can pick up where you left off? Without it, the text is deleted when the conversation closes.
consent-statistics-explain = May I count, with no link to you, what kind of help was asked for (by day and region)? It helps the centers plan their work. Nothing about you is kept.
consent-allow = ✅ Allow
consent-decline = Not now
consent-granted = Thank you. You can withdraw this at any time in /privacy.
consent-declined = Understood: nothing is kept. Everything that needs no consent still works.

## Unhandled input (src/unhandled)
unhandled-command = I don't know the command { $command }. Here is what I can do:
unhandled-media = I can't read stickers, photos, voice or files here. Please write in words, or choose from the menu.
unhandled-text = I didn't understand that. Please choose from the menu, or write your question in a few words.
stale-button = This button is no longer active. Here is the menu again.
error-generic = Sorry, something went wrong on my side, and your last message was not processed. Please try again in a minute. If you are in danger, call 112.
