<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>Reading your token from the keyring…</source>
        <translation>Ihr Token wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Your TPOP token is no longer in the keyring. Showing your stored orders.</source>
        <translation>Ihr TPOP-Token ist nicht mehr im Schlüsselbund. Ihre gespeicherten Bestellungen werden angezeigt.</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Neu verbinden…</translation>
    </message>
    <message>
        <source>Your keyring is locked: showing your stored orders without syncing.</source>
        <translation>Ihr Schlüsselbund ist gesperrt: Ihre gespeicherten Bestellungen werden ohne Synchronisierung angezeigt.</translation>
    </message>
    <message>
        <source>Unlock keyring to sync</source>
        <translation>Schlüsselbund zum Synchronisieren entsperren</translation>
    </message>
    <message>
        <source>Showing your stored orders without syncing.</source>
        <translation>Ihre gespeicherten Bestellungen werden ohne Synchronisierung angezeigt.</translation>
    </message>
    <message>
        <source>Enter token for this session…</source>
        <translation>Token für diese Sitzung eingeben…</translation>
    </message>
    <message>
        <source>Your token is kept for this session only: you will be asked for it again next time.</source>
        <translation>Ihr Token wird nur für diese Sitzung aufbewahrt: Beim nächsten Mal werden Sie erneut danach gefragt.</translation>
    </message>
    <message>
        <source>TPOP rejected your token, so syncing has stopped. Your stored orders are shown.</source>
        <translation>TPOP hat Ihr Token abgelehnt, daher wurde die Synchronisierung angehalten. Ihre gespeicherten Bestellungen werden angezeigt.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out of this TPOP account? Its token is removed from the keyring and the orders stored on this computer are deleted.</source>
        <translation>Von diesem TPOP-Konto abmelden? Sein Token wird aus dem Schlüsselbund entfernt und die auf diesem Computer gespeicherten Bestellungen werden gelöscht.</translation>
    </message>
    <message>
        <source>Signed out, but the token could not be removed from the keyring: {reason}</source>
        <translation>Abgemeldet, aber das Token konnte nicht aus dem Schlüsselbund entfernt werden: {reason}</translation>
    </message>
    <message>
        <source>TPOP Desktop (demo account)</source>
        <translation>TPOP Desktop (Demokonto)</translation>
    </message>
    <message>
        <source>Opening your orders…</source>
        <translation>Ihre Bestellungen werden geöffnet…</translation>
    </message>
    <message>
        <source>No order matches the search and filters.</source>
        <translation>Keine Bestellung passt zu Suche und Filtern.</translation>
    </message>
    <message>
        <source>No orders yet: they appear here after the first sync.</source>
        <translation>Noch keine Bestellungen – sie erscheinen hier nach der ersten Synchronisierung.</translation>
    </message>
    <message numerus="yes">
        <source>%n paid shop order(s) missing in TPOP</source>
        <translation>
            <numerusform>%n bezahlte Shop-Bestellung fehlt in TPOP</numerusform>
            <numerusform>%n bezahlte Shop-Bestellungen fehlen in TPOP</numerusform>
        </translation>
    </message>
    <message>
        <source>The order database cannot be opened: {error}</source>
        <translation>Die Bestelldatenbank kann nicht geöffnet werden: {error}</translation>
    </message>
    <message>
        <source>TPOP Desktop · {name}</source>
        <translation>TPOP Desktop · {name}</translation>
    </message>
    <message>
        <source>TPOP Desktop</source>
        <translation>TPOP Desktop</translation>
    </message>
    <message>
        <source>Carrier tracking</source>
        <translation>Sendungsverfolgung</translation>
    </message>
    <message>
        <source>The new language is used from the next start of TPOP Desktop: quit it from the tray or the File menu, then start it again.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von TPOP Desktop: Beenden Sie es über den Infobereich oder das Menü Datei und starten Sie es erneut.</translation>
    </message>
    <message>
        <source>TPOP Desktop keeps running</source>
        <translation>TPOP Desktop läuft weiter</translation>
    </message>
    <message>
        <source>TPOP Desktop keeps syncing in the tray and tells you when orders ship or get blocked. Use Quit in the tray menu to stop it.</source>
        <translation>TPOP Desktop synchronisiert im Infobereich weiter und benachrichtigt Sie, wenn Bestellungen versendet oder blockiert werden. Zum Beenden wählen Sie „Beenden“ im Menü des Symbols.</translation>
    </message>
    <message>
        <source>Don&apos;t show this again</source>
        <translation>Nicht mehr anzeigen</translation>
    </message>
    <message>
        <source>TPOP rejected this token. Check that you copied all of it.</source>
        <translation>TPOP hat dieses Token abgelehnt. Prüfen Sie, ob Sie es vollständig kopiert haben.</translation>
    </message>
    <message>
        <source>This token is not allowed to read orders. Create a token with access to orders.</source>
        <translation>Dieses Token darf keine Bestellungen lesen. Erstellen Sie ein Token mit Zugriff auf Bestellungen.</translation>
    </message>
    <message>
        <source>TPOP asked the app to slow down. Try again in a minute.</source>
        <translation>TPOP hat die App gebeten, langsamer zu machen. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>TPOP cannot be reached. Check your internet connection and the API address.</source>
        <translation>TPOP ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und die API-Adresse.</translation>
    </message>
    <message>
        <source>TPOP&apos;s server had a problem. Try again in a few minutes.</source>
        <translation>Der TPOP-Server hatte ein Problem. Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>This address or token cannot be used: {reason}</source>
        <translation>Diese Adresse oder dieses Token kann nicht verwendet werden: {reason}</translation>
    </message>
    <message>
        <source>The answer from this address was not understood. Check the API address.</source>
        <translation>Die Antwort dieser Adresse wurde nicht verstanden. Prüfen Sie die API-Adresse.</translation>
    </message>
    <message>
        <source>Your keyring is locked. Unlock it (for example by logging in again), then click Save again.</source>
        <translation>Ihr Schlüsselbund ist gesperrt. Entsperren Sie ihn (zum Beispiel durch erneutes Anmelden) und klicken Sie dann erneut auf Speichern.</translation>
    </message>
    <message>
        <source>This computer has no secure password storage (keyring), so the token cannot be saved.</source>
        <translation>Dieser Computer hat keinen sicheren Passwortspeicher (Schlüsselbund), daher kann das Token nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The only password storage available here keeps secrets unencrypted, so the token is not saved there.</source>
        <translation>Der einzige hier verfügbare Passwortspeicher bewahrt Geheimnisse unverschlüsselt auf, daher wird das Token dort nicht gespeichert.</translation>
    </message>
    <message>
        <source>The keyring failed. See the log for details.</source>
        <translation>Beim Schlüsselbund ist ein Fehler aufgetreten. Details finden Sie im Protokoll.</translation>
    </message>
    <message>
        <source>The keyring did not answer. An unlock prompt may be waiting on your screen.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet. Möglicherweise wartet auf Ihrem Bildschirm eine Entsperrabfrage.</translation>
    </message>
    <message>
        <source>Connect your TPOP account</source>
        <translation>TPOP-Konto verbinden</translation>
    </message>
    <message>
        <source>Paste the API token from your TPOP dashboard. It is kept in your system&apos;s keyring, never in a file.</source>
        <translation>Fügen Sie das API-Token aus Ihrem TPOP-Dashboard ein. Es wird im Schlüsselbund Ihres Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>Nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Paste your API token first.</source>
        <translation>Fügen Sie zuerst Ihr API-Token ein.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Connected to {name} ({email}).</source>
        <translation>Verbunden mit {name} ({email}).</translation>
    </message>
    <message>
        <source>Saving the token in your keyring…</source>
        <translation>Token wird in Ihrem Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>TPOP Desktop hit a problem</source>
        <translation>TPOP Desktop ist auf ein Problem gestoßen</translation>
    </message>
    <message>
        <source>Something went wrong inside TPOP Desktop</source>
        <translation>In TPOP Desktop ist ein Fehler aufgetreten</translation>
    </message>
    <message>
        <source>The app keeps running and your stored orders are safe. If something looks wrong, restart it. To report the problem, copy the report below and send it to the TPOP Desktop maintainers; it contains no token.</source>
        <translation>Die App läuft weiter und Ihre gespeicherten Bestellungen sind sicher. Wenn etwas nicht stimmt, starten Sie sie neu. Um das Problem zu melden, kopieren Sie den Bericht unten und senden Sie ihn an die Betreuer von TPOP Desktop; er enthält kein Token.</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <source>({count} earlier error reports not shown)</source>
        <translation>({count} frühere Fehlerberichte nicht angezeigt)</translation>
    </message>
    <message>
        <source>Tracking may not be active yet: activation can take up to 48 working hours after shipping (expected by {when}).</source>
        <translation>Die Sendungsverfolgung ist möglicherweise noch nicht aktiv: Die Aktivierung kann bis zu 48 Arbeitsstunden nach dem Versand dauern (erwartet bis {when}).</translation>
    </message>
    <message>
        <source>Tracking can lag behind the parcel: it may already be in the letterbox while the tracking still says it was just picked up.</source>
        <translation>Die Sendungsverfolgung kann dem Paket hinterherhinken: Es liegt vielleicht schon im Briefkasten, während die Verfolgung noch meldet, dass es gerade abgeholt wurde.</translation>
    </message>
    <message>
        <source>Shipped {days} days ago and still not delivered: you can now contact TPOP support about this parcel.</source>
        <translation>Vor {days} Tagen versendet und noch nicht zugestellt: Sie können sich jetzt wegen dieses Pakets an den TPOP-Support wenden.</translation>
    </message>
    <message>
        <source>Payment failed. Update your card or top up your TPOP wallet, then click &quot;Retry payment&quot; on the TPOP orders page. It can take 1 to 2 working days.</source>
        <translation>Die Zahlung ist fehlgeschlagen. Aktualisieren Sie Ihre Karte oder laden Sie Ihr TPOP-Guthaben auf und klicken Sie dann auf der TPOP-Bestellseite auf „Zahlung erneut versuchen“. Das kann 1 bis 2 Werktage dauern.</translation>
    </message>
    <message>
        <source>Bank code: {code}.</source>
        <translation>Bankcode: {code}.</translation>
    </message>
    <message>
        <source>Address problem. Correct the shipping address in the TPOP dashboard, then tell TPOP that it changed.</source>
        <translation>Adressproblem. Korrigieren Sie die Lieferadresse im TPOP-Dashboard und teilen Sie TPOP dann mit, dass sie geändert wurde.</translation>
    </message>
    <message>
        <source>Print file problem. Fix the visual, then resubmit the order to production.</source>
        <translation>Problem mit der Druckdatei. Korrigieren Sie das Motiv und geben Sie die Bestellung dann erneut in Produktion.</translation>
    </message>
    <message>
        <source>TPOP put this order on hold. Open it in the TPOP dashboard to see why.</source>
        <translation>TPOP hat diese Bestellung angehalten. Öffnen Sie sie im TPOP-Dashboard, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>Asking TPOP to restart production before fixing the cause is useless.</source>
        <translation>Es bringt nichts, TPOP um einen Neustart der Produktion zu bitten, bevor die Ursache behoben ist.</translation>
    </message>
    <message>
        <source>Not charged yet: you can still change or cancel it in the TPOP dashboard.</source>
        <translation>Noch nicht berechnet: Sie können sie im TPOP-Dashboard noch ändern oder stornieren.</translation>
    </message>
    <message>
        <source>Charged: it can no longer be cancelled. It ships 2 to 7 working days after entering production.</source>
        <translation>Berechnet: Sie kann nicht mehr storniert werden. Sie wird 2 bis 7 Werktage nach Produktionsbeginn versendet.</translation>
    </message>
    <message>
        <source>If your customer says it never arrived: the carrier&apos;s tracking is authoritative. The parcel waits at the relay point the tracking names, where the customer collects it (tracking number and an identity document).</source>
        <translation>Wenn Ihr Kunde sagt, es sei nie angekommen: Maßgeblich ist die Sendungsverfolgung des Versanddienstleisters. Das Paket liegt im dort genannten Paketshop und wird dort abgeholt (mit Sendungsnummer und Ausweis).</translation>
    </message>
    <message>
        <source>If your customer says it never arrived: the carrier&apos;s tracking is authoritative. The parcel is often with a neighbour or at the post office (tracking number and an identity document).</source>
        <translation>Wenn Ihr Kunde sagt, es sei nie angekommen: Maßgeblich ist die Sendungsverfolgung des Versanddienstleisters. Das Paket liegt oft bei einem Nachbarn oder in der Postfiliale (abholbar mit Sendungsnummer und Ausweis).</translation>
    </message>
    <message>
        <source>Hello, my order {reference} (tracking number {tracking}) was shipped on {date} and has not been delivered. Could you look into it? Thank you.</source>
        <translation>Guten Tag, meine Bestellung {reference} (Sendungsnummer {tracking}) wurde am {date} versendet und ist nicht zugestellt worden. Könnten Sie das bitte prüfen? Vielen Dank.</translation>
    </message>
    <message>
        <source>Contact TPOP support (copies a ready message)</source>
        <translation>TPOP-Support kontaktieren (kopiert eine fertige Nachricht)</translation>
    </message>
    <message>
        <source>Message for the customer…</source>
        <translation>Nachricht an den Kunden…</translation>
    </message>
    <message>
        <source>Open the order in the TPOP dashboard</source>
        <translation>Bestellung im TPOP-Dashboard öffnen</translation>
    </message>
    <message>
        <source>Open the returned-to-sender case…</source>
        <translation>Fall „Zurück an den Absender“ öffnen…</translation>
    </message>
    <message>
        <source>Select an order to see its tracking and what to do next.</source>
        <translation>Wählen Sie eine Bestellung aus, um ihre Sendungsverfolgung und die nächsten Schritte zu sehen.</translation>
    </message>
    <message>
        <source>Order {reference}</source>
        <translation>Bestellung {reference}</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation>{status}: {reason}</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Shop order</source>
        <translation>Shop-Bestellung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert am</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Block reason</source>
        <translation>Blockierungsgrund</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Shop order number</source>
        <translation>Shop-Bestellnummer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation>Link zur Sendungsverfolgung</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versanddatum</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zustelldatum</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Exporting orders…</source>
        <translation>Bestellungen werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Zielort</translation>
    </message>
    <message>
        <source>{quantity} × {title}</source>
        <translation>{quantity} × {title}</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>No items</source>
        <translation>Keine Artikel</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Sendungsverfolgung</translation>
    </message>
    <message>
        <source>Not shipped yet: the tracking number appears here once TPOP ships the order.</source>
        <translation>Noch nicht versendet: Die Sendungsnummer erscheint hier, sobald TPOP die Bestellung versendet.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Track with {operator} ({country})</source>
        <translation>Mit {operator} verfolgen ({country})</translation>
    </message>
    <message>
        <source>Track with {operator}</source>
        <translation>Mit {operator} verfolgen</translation>
    </message>
    <message>
        <source>{case} · order {reference}</source>
        <translation>{case} · Bestellung {reference}</translation>
    </message>
    <message>
        <source>Order {reference} for {customer}</source>
        <translation>Bestellung {reference} für {customer}</translation>
    </message>
    <message>
        <source>Message to the customer</source>
        <translation>Nachricht an den Kunden</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Ihre Notiz</translation>
    </message>
    <message>
        <source>What the carrier&apos;s tracking says</source>
        <translation>Was die Sendungsverfolgung sagt</translation>
    </message>
    <message>
        <source>No shipment is recorded for this order.</source>
        <translation>Für diese Bestellung ist kein Versand erfasst.</translation>
    </message>
    <message>
        <source>{service} delivered it on {when} in {place}: {words}.</source>
        <translation>{service} hat es am {when} in {place} zugestellt: {words}.</translation>
    </message>
    <message>
        <source>{service} delivered it on {when}: {words}.</source>
        <translation>{service} hat es am {when} zugestellt: {words}.</translation>
    </message>
    <message>
        <source>This is the carrier&apos;s own record of the delivery: it is authoritative.</source>
        <translation>Das ist der eigene Zustellnachweis des Versanddienstleisters: Er ist maßgeblich.</translation>
    </message>
    <message>
        <source>Delivered on {date} according to {carrier}.</source>
        <translation>Laut {carrier} am {date} zugestellt.</translation>
    </message>
    <message>
        <source>the carrier</source>
        <translation>dem Versanddienstleister</translation>
    </message>
    <message>
        <source>Not delivered according to {carrier}; shipped on {date}.</source>
        <translation>Laut {carrier} nicht zugestellt; versendet am {date}.</translation>
    </message>
    <message>
        <source>Tracking number: {number}</source>
        <translation>Sendungsnummer: {number}</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>{number}. {step}</source>
        <translation>{number}. {step}</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>If the customer still could not collect the parcel: tell them no new order can be sent, or reship at your own cost.</source>
        <translation>Wenn der Kunde das Paket trotzdem nicht abholen konnte: Teilen Sie ihm mit, dass keine neue Bestellung gesendet werden kann, oder versenden Sie erneut auf eigene Kosten.</translation>
    </message>
    <message>
        <source>Reopen the case</source>
        <translation>Fall wieder öffnen</translation>
    </message>
    <message>
        <source>Withdraw this case…</source>
        <translation>Diesen Fall zurückziehen…</translation>
    </message>
    <message>
        <source>Opened by mistake? Forget this case</source>
        <translation>Versehentlich eröffnet? Diesen Fall vergessen</translation>
    </message>
    <message>
        <source>The case could not be saved: {error}</source>
        <translation>Der Fall konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Withdraw this case?</source>
        <translation>Diesen Fall zurückziehen?</translation>
    </message>
    <message>
        <source>Withdraw the case for order {reference}? It and its steps are forgotten, as if it had never been opened. Messages already sent to the customer stay sent.</source>
        <translation>Den Fall für Bestellung {reference} zurückziehen? Er und seine Schritte werden vergessen, als wäre er nie eröffnet worden. Bereits an den Kunden gesendete Nachrichten bleiben gesendet.</translation>
    </message>
    <message>
        <source>Withdraw the case</source>
        <translation>Fall zurückziehen</translation>
    </message>
    <message>
        <source>The case could not be withdrawn: {error}</source>
        <translation>Der Fall konnte nicht zurückgezogen werden: {error}</translation>
    </message>
    <message>
        <source>Manual order {reference} was placed, but could not be noted here: {error}</source>
        <translation>Die manuelle Bestellung {reference} wurde aufgegeben, konnte hier aber nicht vermerkt werden: {error}</translation>
    </message>
    <message>
        <source>Decided on {date}: {outcome}.</source>
        <translation>Entschieden am {date}: {outcome}.</translation>
    </message>
    <message>
        <source>No decision yet.</source>
        <translation>Noch keine Entscheidung.</translation>
    </message>
    <message>
        <source>(opens the page and copies the number)</source>
        <translation>(öffnet die Seite und kopiert die Nummer)</translation>
    </message>
    <message>
        <source>The carrier&apos;s own tracking page.</source>
        <translation>Die Verfolgungsseite des Versanddienstleisters.</translation>
    </message>
    <message>
        <source>Unknown carrier</source>
        <translation>Unbekannter Versanddienstleister</translation>
    </message>
    <message>
        <source>{carrier}, shipped {date}</source>
        <translation>{carrier}, versendet am {date}</translation>
    </message>
    <message>
        <source>Delivered {date}</source>
        <translation>Zugestellt am {date}</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>No message to send at this step: tick it once it is done.</source>
        <translation>Bei diesem Schritt ist keine Nachricht zu senden: Haken Sie ihn ab, sobald er erledigt ist.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Customer&apos;s language</source>
        <translation>Sprache des Kunden</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the message text, to paste it in your shop&apos;s messages</source>
        <translation>Nachrichtentext kopieren, um ihn in die Nachrichten Ihres Shops einzufügen</translation>
    </message>
    <message>
        <source>Open in mail app</source>
        <translation>In E-Mail-App öffnen</translation>
    </message>
    <message>
        <source>Open a new e-mail to the customer with this message</source>
        <translation>Eine neue E-Mail mit dieser Nachricht an den Kunden öffnen</translation>
    </message>
    <message>
        <source>Your template file has a problem, so the default text is shown: {details}</source>
        <translation>Ihre Vorlagendatei hat ein Problem, daher wird der Standardtext angezeigt: {details}</translation>
    </message>
    <message>
        <source>This template cannot be used: {problem}</source>
        <translation>Diese Vorlage kann nicht verwendet werden: {problem}</translation>
    </message>
    <message>
        <source>A postal number: the sending post&apos;s tracking often stops at the border, and {operator} continues it in {country}.</source>
        <translation>Eine Postsendungsnummer: Die Verfolgung der absendenden Post endet oft an der Grenze, {operator} führt sie im Zielland ({country}) fort.</translation>
    </message>
    <message>
        <source>Copy the tracking number</source>
        <translation>Sendungsnummer kopieren</translation>
    </message>
    <message>
        <source>No tracking page is known for this carrier.</source>
        <translation>Für diesen Versanddienstleister ist keine Verfolgungsseite bekannt.</translation>
    </message>
    <message>
        <source>International postal number issued by the post of {country}.</source>
        <translation>Internationale Postsendungsnummer, ausgegeben von der Post dieses Landes: {country}.</translation>
    </message>
    <message>
        <source>This number fails its check digit: it was probably mistyped.</source>
        <translation>Die Prüfziffer dieser Nummer stimmt nicht: Sie wurde wahrscheinlich falsch eingegeben.</translation>
    </message>
    <message>
        <source>Use it without spaces: {number}</source>
        <translation>Verwenden Sie sie ohne Leerzeichen: {number}</translation>
    </message>
    <message>
        <source>First seen, {status}</source>
        <translation>Erstmals erfasst: {status}</translation>
    </message>
    <message>
        <source>Shipped with tracking number {number}</source>
        <translation>Versendet mit Sendungsnummer {number}</translation>
    </message>
    <message>
        <source>Blocked: {reason}</source>
        <translation>Blockiert: {reason}</translation>
    </message>
    <message>
        <source>Delivered according to the carrier</source>
        <translation>Laut Versanddienstleister zugestellt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Status changed from {old} to {new}</source>
        <translation>Status von „{old}“ auf „{new}“ geändert</translation>
    </message>
    <message>
        <source>Status changed to {new}</source>
        <translation>Status auf „{new}“ geändert</translation>
    </message>
    <message>
        <source>No history recorded yet.</source>
        <translation>Noch kein Verlauf erfasst.</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Beliebiges Datum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <source>Blocked orders, and parcels shipped more than {days} days ago that are still not delivered. Select one to see what to do.</source>
        <translation>Blockierte Bestellungen und Pakete, die vor mehr als {days} Tagen versendet und noch nicht zugestellt wurden. Wählen Sie einen Eintrag aus, um zu sehen, was zu tun ist.</translation>
    </message>
    <message>
        <source>Find orders</source>
        <translation>Bestellungen suchen</translation>
    </message>
    <message>
        <source>Search: order, customer, e-mail, tracking number, city, postcode…</source>
        <translation>Suchen: Bestellung, Kunde, E-Mail, Sendungsnummer, Ort, PLZ…</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Bestellungen durchsuchen</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>Zielland</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Bestelldatum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Show only {status} orders (click again to show all)</source>
        <translation>Nur Bestellungen mit Status „{status}“ anzeigen (erneut klicken, um alle anzuzeigen)</translation>
    </message>
    <message>
        <source>Only the orders where you need to do something</source>
        <translation>Nur die Bestellungen, bei denen Sie etwas tun müssen</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Archivierte anzeigen</translation>
    </message>
    <message>
        <source>Archived orders are hidden unless you search for them or tick this</source>
        <translation>Archivierte Bestellungen sind ausgeblendet, außer Sie suchen danach oder setzen hier ein Häkchen</translation>
    </message>
    <message>
        <source>Only the orders the last notification was about (click to show all)</source>
        <translation>Nur die Bestellungen der letzten Benachrichtigung (klicken, um alle zu zeigen)</translation>
    </message>
    <message>
        <source>Shipped today ✕</source>
        <translation>Heute versendet ✕</translation>
    </message>
    <message>
        <source>Only the orders shipped since midnight (click to show all)</source>
        <translation>Nur die seit Mitternacht versendeten Bestellungen (klicken, um alle zu zeigen)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show every order again: no search, no chip, no list choice</source>
        <translation>Wieder alle Bestellungen zeigen: ohne Suche, Filter oder Listenauswahl</translation>
    </message>
    <message>
        <source>{status} ({count})</source>
        <translation>{status} ({count})</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>{label} ({count})</source>
        <translation>{label} ({count})</translation>
    </message>
    <message numerus="yes">
        <source>{what}: %n order(s) ✕</source>
        <translation>
            <numerusform>{what}: %n Bestellung ✕</numerusform>
            <numerusform>{what}: %n Bestellungen ✕</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the orders behind the figure you clicked (click to show all)</source>
        <translation>Nur die Bestellungen hinter der angeklickten Zahl (klicken, um alle zu zeigen)</translation>
    </message>
    <message numerus="yes">
        <source>Recent changes (%n) ✕</source>
        <translation>
            <numerusform>Letzte Änderungen (%n) ✕</numerusform>
            <numerusform>Letzte Änderungen (%n) ✕</numerusform>
        </translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>Alle Shops</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Fetch the latest orders from TPOP now (F5)</source>
        <translation>Jetzt die neuesten Bestellungen von TPOP abrufen (F5)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Connect a TPOP account…</source>
        <translation>TPOP-Konto verbinden…</translation>
    </message>
    <message>
        <source>Shops…</source>
        <translation>Shops…</translation>
    </message>
    <message>
        <source>Delivery insights…</source>
        <translation>Lieferzeiten…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Showing orders as of {time}</source>
        <translation>Bestellungen mit Stand {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n Bestellung</numerusform>
            <numerusform>%n Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing with TPOP…</source>
        <translation>Synchronisierung mit TPOP…</translation>
    </message>
    <message>
        <source>Up to date. Last synced at {time}</source>
        <translation>Aktuell. Zuletzt synchronisiert: {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) could not be read and were skipped</source>
        <translation>
            <numerusform>%n Bestellung konnte nicht gelesen werden und wurde übersprungen</numerusform>
            <numerusform>%n Bestellungen konnten nicht gelesen werden und wurden übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: showing orders as of {time}.</source>
        <translation>Offline: Bestellungen mit Stand {time}.</translation>
    </message>
    <message>
        <source>Offline: no orders synced yet.</source>
        <translation>Offline: Noch keine Bestellungen synchronisiert.</translation>
    </message>
    <message>
        <source>Retrying in {seconds} s.</source>
        <translation>Neuer Versuch in {seconds} s.</translation>
    </message>
    <message>
        <source>Order {reference} shipped</source>
        <translation>Bestellung {reference} versendet</translation>
    </message>
    <message>
        <source>{carrier} {number} to {country}</source>
        <translation>{carrier} {number}, Ziel: {country}</translation>
    </message>
    <message>
        <source>Order {reference} is blocked</source>
        <translation>Bestellung {reference} ist blockiert</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Grund: {reason}</translation>
    </message>
    <message>
        <source>Order {reference} was delivered</source>
        <translation>Bestellung {reference} wurde zugestellt</translation>
    </message>
    <message>
        <source>Delivered to {city}, {country}</source>
        <translation>Zugestellt in {city}, {country}</translation>
    </message>
    <message>
        <source>New order {reference}</source>
        <translation>Neue Bestellung {reference}</translation>
    </message>
    <message>
        <source>From {shop}, for {customer}</source>
        <translation>Von {shop}, für {customer}</translation>
    </message>
    <message numerus="yes">
        <source>%n shipped</source>
        <translation>
            <numerusform>%n versendet</numerusform>
            <numerusform>%n versendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n blockiert</numerusform>
            <numerusform>%n blockiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n zugestellt</numerusform>
            <numerusform>%n zugestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order update(s)</source>
        <translation>
            <numerusform>%n Bestellaktualisierung</numerusform>
            <numerusform>%n Bestellaktualisierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>{service}: {words}, {place}</source>
        <translation>{service}: {words}, {place}</translation>
    </message>
    <message>
        <source>{service}: {words}</source>
        <translation>{service}: {words}</translation>
    </message>
    <message>
        <source>At {point}</source>
        <translation>Bei {point}</translation>
    </message>
    <message>
        <source>Order {reference} waits for pickup</source>
        <translation>Bestellung {reference} wartet auf Abholung</translation>
    </message>
    <message>
        <source>Order {reference} is held at customs</source>
        <translation>Bestellung {reference} wird beim Zoll festgehalten</translation>
    </message>
    <message>
        <source>Order {reference} is back with its sender</source>
        <translation>Bestellung {reference} ist zurück beim Absender</translation>
    </message>
    <message>
        <source>Order {reference} is returning to its sender</source>
        <translation>Bestellung {reference} geht an den Absender zurück</translation>
    </message>
    <message>
        <source>Order {reference}: the carrier reports a problem</source>
        <translation>Bestellung {reference}: Der Versanddienstleister meldet ein Problem</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for pickup</source>
        <translation>
            <numerusform>%n wartet auf Abholung</numerusform>
            <numerusform>%n warten auf Abholung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a problem</source>
        <translation>
            <numerusform>%n mit einem Problem</numerusform>
            <numerusform>%n mit einem Problem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n returned to sender</source>
        <translation>
            <numerusform>%n zurück an den Absender</numerusform>
            <numerusform>%n zurück an den Absender</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel update(s)</source>
        <translation>
            <numerusform>%n Paketmeldung</numerusform>
            <numerusform>%n Paketmeldungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Show the order</source>
        <translation>Bestellung zeigen</translation>
    </message>
    <message>
        <source>All history</source>
        <translation>Gesamter Verlauf</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Letzte 6 Monate</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Letzter %n Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery insights</source>
        <translation>Lieferzeiten</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Export figures…</source>
        <translation>Zahlen exportieren…</translation>
    </message>
    <message>
        <source>Show these orders</source>
        <translation>Diese Bestellungen zeigen</translation>
    </message>
    <message>
        <source>Every parcel</source>
        <translation>Alle Pakete</translation>
    </message>
    <message>
        <source>Show the charts for every parcel again</source>
        <translation>Die Diagramme wieder für alle Pakete zeigen</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Nach Land</translation>
    </message>
    <message>
        <source>By carrier</source>
        <translation>Nach Versanddienst</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Strecken</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>9 in 10 within</source>
        <translation>9 von 10 in</translation>
    </message>
    <message>
        <source>Usually</source>
        <translation>Üblich</translation>
    </message>
    <message>
        <source>Within usual time</source>
        <translation>In der üblichen Zeit</translation>
    </message>
    <message>
        <source>No delivered parcel here yet.</source>
        <translation>Hier noch kein zugestelltes Paket.</translation>
    </message>
    <message>
        <source>Slowest lanes this month</source>
        <translation>Langsamste Strecken diesen Monat</translation>
    </message>
    <message>
        <source>Over 21 days</source>
        <translation>Über 21 Tage</translation>
    </message>
    <message>
        <source>Every shop</source>
        <translation>Alle Shops</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Shop:</source>
        <translation>&amp;Shop:</translation>
    </message>
    <message>
        <source>Slowest lanes this month, against their own history</source>
        <translation>Langsamste Strecken diesen Monat, verglichen mit ihrem eigenen Verlauf</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>The figures could not be read: {error}</source>
        <translation>Die Zahlen konnten nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Working days from shipping to delivery: {what}</source>
        <translation>Werktage vom Versand bis zur Zustellung: {what}</translation>
    </message>
    <message>
        <source>{parcels}: {days}</source>
        <translation>{parcels}: {days}</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n Paket</numerusform>
            <numerusform>%n Pakete</numerusform>
        </translation>
    </message>
    <message>
        <source>{what}: {figure}</source>
        <translation>{what}: {figure}</translation>
    </message>
    <message>
        <source>delivered in {days}</source>
        <translation>zugestellt in {days}</translation>
    </message>
    <message>
        <source>delivered in the week of {date}</source>
        <translation>zugestellt in der Woche vom {date}</translation>
    </message>
    <message>
        <source>Median working days per week: {what}</source>
        <translation>Median der Werktage pro Woche: {what}</translation>
    </message>
    <message numerus="yes">
        <source>Week of {date}: %n parcel(s), median {median}</source>
        <translation>
            <numerusform>Woche vom {date}: %n Paket, Median {median}</numerusform>
            <numerusform>Woche vom {date}: %n Pakete, Median {median}</numerusform>
        </translation>
    </message>
    <message>
        <source>No lane is slower this month than usual.</source>
        <translation>Keine Strecke ist diesen Monat langsamer als üblich.</translation>
    </message>
    <message>
        <source>too few parcels</source>
        <translation>zu wenige Pakete</translation>
    </message>
    <message>
        <source>every parcel</source>
        <translation>alle Pakete</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>tpop-delivery-{date}.png</source>
        <translation>tpop-lieferung-{date}.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export the figures to CSV</source>
        <translation>Zahlen als CSV exportieren</translation>
    </message>
    <message>
        <source>tpop-delivery-{date}.csv</source>
        <translation>tpop-lieferung-{date}.csv</translation>
    </message>
    <message>
        <source>The image could not be saved to {path}.</source>
        <translation>Das Bild konnte nicht unter {path} gespeichert werden.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Median (working days)</source>
        <translation>Median (Werktage)</translation>
    </message>
    <message>
        <source>90th percentile (working days)</source>
        <translation>90. Perzentil (Werktage)</translation>
    </message>
    <message>
        <source>Usual window (working days)</source>
        <translation>Übliche Lieferzeit (Werktage)</translation>
    </message>
    <message>
        <source>The figures could not be saved: {error}</source>
        <translation>Die Zahlen konnten nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Sync with TPOP every</source>
        <translation>Mit TPOP synchronisieren alle</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language (after a restart)</source>
        <translation>Sprache (nach einem Neustart)</translation>
    </message>
    <message>
        <source>Notify me when an order</source>
        <translation>Benachrichtigen, wenn eine Bestellung</translation>
    </message>
    <message>
        <source>ships</source>
        <translation>versendet wird</translation>
    </message>
    <message>
        <source>gets blocked</source>
        <translation>blockiert wird</translation>
    </message>
    <message>
        <source>is delivered</source>
        <translation>zugestellt wird</translation>
    </message>
    <message>
        <source>arrives (new order)</source>
        <translation>eingeht (neue Bestellung)</translation>
    </message>
    <message>
        <source>waits for pickup (carrier tracking)</source>
        <translation>auf Abholung wartet (Sendungsverfolgung)</translation>
    </message>
    <message>
        <source>is held at customs or has a problem (carrier tracking)</source>
        <translation>beim Zoll festgehalten wird oder ein Problem hat (Sendungsverfolgung)</translation>
    </message>
    <message>
        <source>is returned to its sender (carrier tracking)</source>
        <translation>an den Absender zurückgeht (Sendungsverfolgung)</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Nach dem Schließen des Fensters im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Open TPOP Desktop</source>
        <translation>TPOP Desktop öffnen</translation>
    </message>
    <message>
        <source>Open the order</source>
        <translation>Bestellung öffnen</translation>
    </message>
    <message>
        <source>Pause notifications</source>
        <translation>Benachrichtigungen pausieren</translation>
    </message>
    <message>
        <source>Welcome to TPOP Desktop</source>
        <translation>Willkommen bei TPOP Desktop</translation>
    </message>
    <message>
        <source>See every TPOP order at once, follow each parcel with the right tracking link, and know what to do when an order is blocked or late.</source>
        <translation>Sehen Sie alle TPOP-Bestellungen auf einen Blick, verfolgen Sie jedes Paket über den richtigen Link und wissen Sie, was zu tun ist, wenn eine Bestellung blockiert ist oder sich verspätet.</translation>
    </message>
    <message>
        <source>Connect your TPOP account…</source>
        <translation>TPOP-Konto verbinden…</translation>
    </message>
    <message>
        <source>Connect your shops…</source>
        <translation>Ihre Shops verbinden…</translation>
    </message>
    <message>
        <source>Shopify, WooCommerce or Etsy: see the orders with TPOP products and their tracking, read from your shops, without a TPOP token.</source>
        <translation>Shopify, WooCommerce oder Etsy: Sehen Sie die Bestellungen mit TPOP-Produkten und ihre Sendungsverfolgung, aus Ihren Shops gelesen, ohne TPOP-Token.</translation>
    </message>
    <message>
        <source>Try the demo account</source>
        <translation>Demokonto ausprobieren</translation>
    </message>
    <message>
        <source>Delivered, but the customer never got it</source>
        <translation>Zugestellt, aber der Kunde hat es nie erhalten</translation>
    </message>
    <message>
        <source>No tracking update for 21 days</source>
        <translation>Seit 21 Tagen keine neuen Sendungsdaten</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>An den Absender zurückgesandt</translation>
    </message>
    <message>
        <source>Customer says not received</source>
        <translation>Kunde meldet: nicht erhalten</translation>
    </message>
    <message>
        <source>The carrier&apos;s tracking is authoritative: once a parcel is marked delivered, no claim is possible and TPOP does not reship.</source>
        <translation>Maßgeblich ist die Sendungsverfolgung des Versanddienstleisters: Sobald ein Paket als zugestellt gilt, ist keine Reklamation möglich und TPOP versendet nicht erneut.</translation>
    </message>
    <message>
        <source>TPOP support looks into a parcel shipped more than 21 days ago; it is reshipped or refunded only once the carrier officially declares it lost.</source>
        <translation>Der TPOP-Support prüft Pakete, die vor mehr als 21 Tagen versendet wurden; erneut versendet oder erstattet wird erst, wenn der Versanddienstleister das Paket offiziell für verloren erklärt.</translation>
    </message>
    <message>
        <source>A parcel returned for a wrong address can be reshipped for a fee; it is not refunded.</source>
        <translation>Ein wegen falscher Adresse zurückgesandtes Paket kann gegen Gebühr erneut versendet werden; es wird nicht erstattet.</translation>
    </message>
    <message>
        <source>Ask the customer to check with the relay point</source>
        <translation>Den Kunden bitten, beim Paketshop nachzufragen</translation>
    </message>
    <message>
        <source>Check what the carrier&apos;s tracking says, and when</source>
        <translation>Prüfen, was die Sendungsverfolgung sagt und seit wann</translation>
    </message>
    <message>
        <source>Ask the customer to check with the neighbours and the post office</source>
        <translation>Den Kunden bitten, bei den Nachbarn und in der Postfiliale nachzufragen</translation>
    </message>
    <message>
        <source>Contact TPOP support with the tracking number</source>
        <translation>Den TPOP-Support mit der Sendungsnummer kontaktieren</translation>
    </message>
    <message>
        <source>Wait until the carrier declares the parcel lost, or it turns up</source>
        <translation>Warten, bis der Versanddienstleister das Paket für verloren erklärt oder es wieder auftaucht</translation>
    </message>
    <message>
        <source>Check the shipping address</source>
        <translation>Lieferadresse prüfen</translation>
    </message>
    <message>
        <source>Ask the customer for the full address</source>
        <translation>Den Kunden nach der vollständigen Adresse fragen</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Entscheiden</translation>
    </message>
    <message>
        <source>The parcel waits at the relay point named in the carrier&apos;s tracking. The customer collects it there with the tracking number and an identity document, before the relay point sends it back.</source>
        <translation>Das Paket liegt im Paketshop, den die Sendungsverfolgung nennt. Der Kunde holt es dort mit Sendungsnummer und Ausweis ab, bevor der Paketshop es zurückschickt.</translation>
    </message>
    <message>
        <source>Open the carrier&apos;s page, and the destination post&apos;s page if the parcel crossed a border.</source>
        <translation>Öffnen Sie die Seite des Versanddienstleisters und, falls das Paket eine Grenze überquert hat, die der Post im Zielland.</translation>
    </message>
    <message>
        <source>Parcels are often left with a neighbour, or at the nearest post office when the letterbox is not standard or the parcel does not fit. The customer collects it with the tracking number and an identity document.</source>
        <translation>Pakete werden oft bei einem Nachbarn abgegeben oder in der nächsten Postfiliale hinterlegt, wenn der Briefkasten nicht der Norm entspricht oder das Paket nicht hineinpasst. Der Kunde holt es mit der Sendungsnummer und einem Ausweis ab.</translation>
    </message>
    <message>
        <source>Use the order&apos;s &quot;Support for this order&quot; button in the TPOP dashboard.</source>
        <translation>Verwenden Sie im TPOP-Dashboard bei der Bestellung die Schaltfläche „Support für diese Bestellung“.</translation>
    </message>
    <message>
        <source>TPOP reships or refunds only after the carrier&apos;s official verdict.</source>
        <translation>TPOP versendet erst nach dem offiziellen Befund des Versanddienstleisters erneut oder erstattet.</translation>
    </message>
    <message>
        <source>Compare the address in your shop with the one TPOP shipped to.</source>
        <translation>Vergleichen Sie die Adresse in Ihrem Shop mit der, an die TPOP versendet hat.</translation>
    </message>
    <message>
        <source>Street, house number, flat, postcode, town, country and the name on the letterbox.</source>
        <translation>Straße, Hausnummer, Wohnung, PLZ, Ort, Land und der Name am Briefkasten.</translation>
    </message>
    <message>
        <source>If the customer still could not collect it, the decision is yours.</source>
        <translation>Wenn der Kunde es trotzdem nicht abholen konnte, liegt die Entscheidung bei Ihnen.</translation>
    </message>
    <message>
        <source>The parcel turned up</source>
        <translation>Das Paket ist aufgetaucht</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Reship at my cost</source>
        <translation>Auf meine Kosten erneut versenden</translation>
    </message>
    <message>
        <source>Declared lost: TPOP reships</source>
        <translation>Für verloren erklärt: TPOP versendet erneut</translation>
    </message>
    <message>
        <source>Declared lost: TPOP refunds</source>
        <translation>Für verloren erklärt: TPOP erstattet</translation>
    </message>
    <message>
        <source>Reship for a fee</source>
        <translation>Gegen Gebühr erneut versenden</translation>
    </message>
    <message>
        <source>the parcel turned up</source>
        <translation>das Paket ist aufgetaucht</translation>
    </message>
    <message>
        <source>refused, no new parcel</source>
        <translation>abgelehnt, kein neues Paket</translation>
    </message>
    <message>
        <source>reshipped at your cost</source>
        <translation>auf Ihre Kosten erneut versendet</translation>
    </message>
    <message>
        <source>declared lost, reshipped by TPOP</source>
        <translation>für verloren erklärt, von TPOP erneut versendet</translation>
    </message>
    <message>
        <source>declared lost, refunded by TPOP</source>
        <translation>für verloren erklärt, von TPOP erstattet</translation>
    </message>
    <message>
        <source>reshipped for a fee</source>
        <translation>gegen Gebühr erneut versendet</translation>
    </message>
    <message>
        <source>Check with the neighbours and the post office</source>
        <translation>Bei Nachbarn und Postfiliale nachfragen</translation>
    </message>
    <message>
        <source>No new parcel can be sent</source>
        <translation>Kein neues Paket möglich</translation>
    </message>
    <message>
        <source>A replacement is on its way</source>
        <translation>Ein Ersatz ist unterwegs</translation>
    </message>
    <message>
        <source>We are looking into it</source>
        <translation>Wir kümmern uns darum</translation>
    </message>
    <message>
        <source>Please confirm your address</source>
        <translation>Bitte bestätigen Sie Ihre Adresse</translation>
    </message>
    <message>
        <source>Your parcel waits for you at a pickup point</source>
        <translation>Ihr Paket wartet an einer Abholstelle auf Sie</translation>
    </message>
    <message>
        <source>Your parcel is on its way: when it should arrive</source>
        <translation>Ihr Paket ist unterwegs: wann es ankommen sollte</translation>
    </message>
    <message>
        <source>opened in the mail app</source>
        <translation>in der E-Mail-App geöffnet</translation>
    </message>
    <message>
        <source>copied</source>
        <translation>kopiert</translation>
    </message>
    <message>
        <source>Case opened: {case}</source>
        <translation>Fall eröffnet: {case}</translation>
    </message>
    <message>
        <source>Case step done: {step}</source>
        <translation>Schritt erledigt: {step}</translation>
    </message>
    <message>
        <source>Case step unticked: {step}</source>
        <translation>Fallschritt zurückgenommen: {step}</translation>
    </message>
    <message>
        <source>Customer message &quot;{message}&quot; ({language}) {how}</source>
        <translation>Kundennachricht „{message}“ ({language}) {how}</translation>
    </message>
    <message>
        <source>Case decided: {outcome}</source>
        <translation>Fall entschieden: {outcome}</translation>
    </message>
    <message>
        <source>Case reopened: {case}</source>
        <translation>Fall wieder geöffnet: {case}</translation>
    </message>
    <message>
        <source>Manual order {reference} placed, charged to you</source>
        <translation>Manuelle Bestellung {reference} aufgegeben, auf Ihre Kosten</translation>
    </message>
    <message>
        <source>Archive delivered orders</source>
        <translation>Zugestellte Bestellungen archivieren</translation>
    </message>
    <message>
        <source>Archive orders delivered more than</source>
        <translation>Bestellungen archivieren, zugestellt vor mehr als</translation>
    </message>
    <message>
        <source> days ago</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Days since delivery</source>
        <translation>Tage seit der Zustellung</translation>
    </message>
    <message>
        <source>Archived orders are hidden from the list but keep their history. A search still finds them, &quot;Show archived&quot; lists them, and you can restore any of them.</source>
        <translation>Archivierte Bestellungen sind in der Liste ausgeblendet, behalten aber ihren Verlauf. Eine Suche findet sie weiterhin, „Archivierte anzeigen“ listet sie auf, und Sie können jede davon wiederherstellen.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>decided on {date}: {outcome}</source>
        <translation>entschieden am {date}: {outcome}</translation>
    </message>
    <message>
        <source>next: {step}</source>
        <translation>nächster Schritt: {step}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>{reference} · {case} · opened {date} · {state}</source>
        <translation>{reference} · {case} · eröffnet am {date} · {state}</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Offene Fälle</translation>
    </message>
    <message>
        <source>No open case. Open one from an order&apos;s detail pane.</source>
        <translation>Kein offener Fall. Eröffnen Sie einen im Detailbereich einer Bestellung.</translation>
    </message>
    <message>
        <source>Show decided cases too</source>
        <translation>Auch entschiedene Fälle anzeigen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>TPOP could not be reached</source>
        <translation>TPOP war nicht erreichbar</translation>
    </message>
    <message>
        <source>TPOP refused the account&apos;s token</source>
        <translation>TPOP hat das Token des Kontos abgelehnt</translation>
    </message>
    <message>
        <source>TPOP asked the app to slow down</source>
        <translation>TPOP hat die App gebeten, langsamer zu machen</translation>
    </message>
    <message>
        <source>TPOP did not accept the request</source>
        <translation>TPOP hat die Anfrage nicht angenommen</translation>
    </message>
    <message>
        <source>A reship is a new manual order, charged to you. The TPOP dashboard&apos;s manual-order page opened in your browser and the order&apos;s items and recipient are on the clipboard: paste them there.</source>
        <translation>Ein erneuter Versand ist eine neue manuelle Bestellung auf Ihre Kosten. Die Seite für manuelle Bestellungen im TPOP-Dashboard wurde in Ihrem Browser geöffnet, und Artikel und Empfänger der Bestellung liegen in der Zwischenablage: Fügen Sie sie dort ein.</translation>
    </message>
    <message>
        <source>Open the manual-order page again</source>
        <translation>Seite für manuelle Bestellungen erneut öffnen</translation>
    </message>
    <message>
        <source>Copy the order details again</source>
        <translation>Bestelldetails erneut kopieren</translation>
    </message>
    <message>
        <source>I placed it in the dashboard</source>
        <translation>Ich habe sie im Dashboard aufgegeben</translation>
    </message>
    <message>
        <source>Or place it from here. This app does not know the street address: copy it from your shop, one line per line.</source>
        <translation>Oder geben Sie sie von hier aus auf. Die App kennt die Straßenadresse nicht: Kopieren Sie sie Zeile für Zeile aus Ihrem Shop.</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Straßenadresse</translation>
    </message>
    <message>
        <source>Street and number
Flat, floor, building</source>
        <translation>Straße und Hausnummer
Wohnung, Etage, Gebäude</translation>
    </message>
    <message>
        <source>Place the manual order now…</source>
        <translation>Manuelle Bestellung jetzt aufgeben…</translation>
    </message>
    <message>
        <source>Placing orders from here needs a connected TPOP account.</source>
        <translation>Um von hier aus zu bestellen, wird ein verbundenes TPOP-Konto benötigt.</translation>
    </message>
    <message>
        <source>Items:
{items}

Ship to:
{address}</source>
        <translation>Artikel:
{items}

Liefern an:
{address}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Place a manual order charged to you?</source>
        <translation>Eine manuelle Bestellung auf Ihre Kosten aufgeben?</translation>
    </message>
    <message>
        <source>This places a new TPOP order to reship order {reference}. It is CHARGED TO YOU, the merchant: TPOP does not pay for a parcel marked delivered.</source>
        <translation>Damit wird eine neue TPOP-Bestellung aufgegeben, um die Bestellung {reference} erneut zu versenden. Sie wird IHNEN, dem Händler, BERECHNET: TPOP zahlt nicht für ein als zugestellt markiertes Paket.</translation>
    </message>
    <message>
        <source>Place the order (charged to me)</source>
        <translation>Bestellung aufgeben (auf meine Kosten)</translation>
    </message>
    <message>
        <source>Placing the manual order…</source>
        <translation>Manuelle Bestellung wird aufgegeben…</translation>
    </message>
    <message>
        <source>Manual order {reference} placed. TPOP emails you its confirmation.</source>
        <translation>Manuelle Bestellung {reference} aufgegeben. TPOP sendet Ihnen die Bestätigung per E-Mail.</translation>
    </message>
    <message>
        <source>The manual order could not be confirmed ({problem}). Check the TPOP dashboard before trying again: it may have been placed.</source>
        <translation>Die manuelle Bestellung konnte nicht bestätigt werden ({problem}). Prüfen Sie das TPOP-Dashboard, bevor Sie es erneut versuchen: Sie wurde möglicherweise bereits aufgegeben.</translation>
    </message>
    <message>
        <source>decided: {outcome}</source>
        <translation>entschieden: {outcome}</translation>
    </message>
    <message>
        <source>Open case: {case} ({state})…</source>
        <translation>Fall öffnen: {case} ({state})…</translation>
    </message>
    <message>
        <source>Your note about this order (kept on this computer only)</source>
        <translation>Ihre Notiz zu dieser Bestellung (nur auf diesem Computer gespeichert)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Fälle</translation>
    </message>
    <message>
        <source>Open cases…</source>
        <translation>Offene Fälle…</translation>
    </message>
    <message>
        <source>Edit message templates…</source>
        <translation>Nachrichtenvorlagen bearbeiten…</translation>
    </message>
    <message>
        <source>The templates could not be copied to {folder}: {reason}</source>
        <translation>Die Vorlagen konnten nicht nach {folder} kopiert werden: {reason}</translation>
    </message>
    <message>
        <source>Edit the message files in {folder}; the app uses them for new messages.</source>
        <translation>Bearbeiten Sie die Nachrichtendateien in {folder}; die App verwendet sie für neue Nachrichten.</translation>
    </message>
    <message>
        <source>Cases and notes could not be saved or read: {error}</source>
        <translation>Fälle und Notizen konnten nicht gespeichert oder gelesen werden: {error}</translation>
    </message>
    <message>
        <source>The case was withdrawn.</source>
        <translation>Der Fall wurde zurückgezogen.</translation>
    </message>
    <message>
        <source>Open a case?</source>
        <translation>Fall eröffnen?</translation>
    </message>
    <message>
        <source>Open a case &quot;{case}&quot; for order {reference}? The app then guides you through its steps; a case opened by mistake can be withdrawn.</source>
        <translation>Einen Fall „{case}“ für Bestellung {reference} eröffnen? Die App führt Sie dann durch die Schritte; ein versehentlich eröffneter Fall kann zurückgezogen werden.</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Fall eröffnen</translation>
    </message>
    <message>
        <source>The case could not be opened: {error}</source>
        <translation>Der Fall konnte nicht geöffnet werden: {error}</translation>
    </message>
    <message>
        <source>This case&apos;s order is no longer stored on this computer.</source>
        <translation>Die Bestellung dieses Falls ist nicht mehr auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation>Alle Spalten anzeigen</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>Der Export ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>Export view to CSV…</source>
        <translation>Ansicht als CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the orders shown, one line per shipment, as a CSV file (Ctrl+E)</source>
        <translation>Die angezeigten Bestellungen als CSV-Datei speichern, eine Zeile pro Sendung (Strg+E)</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Bestellungen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>tpop-orders-{date}.csv</source>
        <translation>tpop-bestellungen-{date}.csv</translation>
    </message>
    <message>
        <source>Export orders to CSV</source>
        <translation>Bestellungen als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) exported to {file}</source>
        <translation>
            <numerusform>%n Zeile nach {file} exportiert</numerusform>
            <numerusform>%n Zeilen nach {file} exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche löschen</translation>
    </message>
    <message>
        <source>Copy tracking number</source>
        <translation>Sendungsnummer kopieren</translation>
    </message>
    <message>
        <source>Copy carrier link</source>
        <translation>Link des Versanddienstleisters kopieren</translation>
    </message>
    <message>
        <source>Open carrier tracking page</source>
        <translation>Verfolgungsseite des Versanddienstleisters öffnen</translation>
    </message>
    <message>
        <source>Open destination post&apos;s tracking page</source>
        <translation>Verfolgungsseite der Post im Zielland öffnen</translation>
    </message>
    <message>
        <source>Open in TPOP dashboard</source>
        <translation>Im TPOP-Dashboard öffnen</translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation>Aus dem Archiv wiederherstellen</translation>
    </message>
    <message>
        <source>The order file could not be read: {error}</source>
        <translation>Die Bestelldatei konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>The selected orders have no tracking number yet.</source>
        <translation>Die ausgewählten Bestellungen haben noch keine Sendungsnummer.</translation>
    </message>
    <message numerus="yes">
        <source>%n tracking number(s) copied.</source>
        <translation>
            <numerusform>%n Sendungsnummer kopiert.</numerusform>
            <numerusform>%n Sendungsnummern kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No carrier link is known for the selected orders.</source>
        <translation>Für die ausgewählten Bestellungen ist kein Link eines Versanddienstleisters bekannt.</translation>
    </message>
    <message numerus="yes">
        <source>%n carrier link(s) copied.</source>
        <translation>
            <numerusform>%n Versanddienstleister-Link kopiert.</numerusform>
            <numerusform>%n Versanddienstleister-Links kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select at most {count} orders to open their pages at once.</source>
        <translation>Wählen Sie höchstens {count} Bestellungen aus, um ihre Seiten auf einmal zu öffnen.</translation>
    </message>
    <message>
        <source>No carrier tracking page is known for the selected orders.</source>
        <translation>Für die ausgewählten Bestellungen ist keine Verfolgungsseite eines Versanddienstleisters bekannt.</translation>
    </message>
    <message>
        <source>No destination post&apos;s tracking page applies to the selected orders.</source>
        <translation>Für die ausgewählten Bestellungen gibt es keine Verfolgungsseite der Post im Zielland.</translation>
    </message>
    <message>
        <source>Tracking number {number} copied: paste it on the page.</source>
        <translation>Sendungsnummer {number} kopiert: Fügen Sie sie auf der Seite ein.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) archived.</source>
        <translation>
            <numerusform>%n Bestellung archiviert.</numerusform>
            <numerusform>%n Bestellungen archiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) restored from the archive.</source>
        <translation>
            <numerusform>%n Bestellung aus dem Archiv wiederhergestellt.</numerusform>
            <numerusform>%n Bestellungen aus dem Archiv wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive delivered orders older than %n day(s)…</source>
        <translation>
            <numerusform>Bestellungen archivieren, die vor mehr als %n Tag zugestellt wurden…</numerusform>
            <numerusform>Bestellungen archivieren, die vor mehr als %n Tagen zugestellt wurden…</numerusform>
        </translation>
    </message>
    <message>
        <source>The order file could not be written: {error}</source>
        <translation>Die Bestelldatei konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n delivered order(s) archived.</source>
        <translation>
            <numerusform>%n zugestellte Bestellung archiviert.</numerusform>
            <numerusform>%n zugestellte Bestellungen archiviert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs attention: TPOP is waiting for you to fix this order.</source>
        <translation>Handlungsbedarf: TPOP wartet darauf, dass Sie diese Bestellung korrigieren.</translation>
    </message>
    <message>
        <source>Late: your parcels to this country with this carrier are usually delivered by {date}.</source>
        <translation>Verspätet: Ihre Pakete in dieses Land mit diesem Versanddienst sind üblicherweise bis {date} zugestellt.</translation>
    </message>
    <message>
        <source>Needs attention: shipped more than {days} days ago and still not delivered.</source>
        <translation>Handlungsbedarf: vor mehr als {days} Tagen versendet und noch nicht zugestellt.</translation>
    </message>
    <message>
        <source>Archived: hidden from the list unless you search or show archived orders.</source>
        <translation>Archiviert: in der Liste ausgeblendet, außer Sie suchen danach oder lassen archivierte Bestellungen anzeigen.</translation>
    </message>
    <message>
        <source>Shop order {number} (TPOP order {reference})</source>
        <translation>Shop-Bestellung {number} (TPOP-Bestellung {reference})</translation>
    </message>
    <message>
        <source>Skipped: {reason}</source>
        <translation>Übersprungen: {reason}</translation>
    </message>
    <message>
        <source>Carrier: {carrier}</source>
        <translation>Versanddienstleister: {carrier}</translation>
    </message>
    <message>
        <source>Tracking link: {url}</source>
        <translation>Link zur Sendungsverfolgung: {url}</translation>
    </message>
    <message>
        <source>Replaces: {numbers}</source>
        <translation>Ersetzt: {numbers}</translation>
    </message>
    <message>
        <source>Note text: {text}</source>
        <translation>Text der Notiz: {text}</translation>
    </message>
    <message>
        <source>Your customer will be notified by the shop.</source>
        <translation>Ihr Kunde wird vom Shop benachrichtigt.</translation>
    </message>
    <message>
        <source>Your customer will not be notified.</source>
        <translation>Ihr Kunde wird nicht benachrichtigt.</translation>
    </message>
    <message>
        <source>The shop does not notify your customer for this change.</source>
        <translation>Der Shop benachrichtigt Ihren Kunden bei dieser Änderung nicht.</translation>
    </message>
    <message>
        <source>Add TPOP&apos;s tracking to the shop order</source>
        <translation>TPOP-Sendungsverfolgung zur Shop-Bestellung hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>The app will write TPOP&apos;s tracking into %n shop order(s):</source>
        <translation>
            <numerusform>Die App trägt die TPOP-Sendungsverfolgung in %n Shop-Bestellung ein:</numerusform>
            <numerusform>Die App trägt die TPOP-Sendungsverfolgung in %n Shop-Bestellungen ein:</numerusform>
        </translation>
    </message>
    <message>
        <source>Notify the customer</source>
        <translation>Kunden benachrichtigen</translation>
    </message>
    <message>
        <source>In the shop: {numbers}</source>
        <translation>Im Shop: {numbers}</translation>
    </message>
    <message>
        <source>To prevent it: {advice}</source>
        <translation>So vermeiden Sie das: {advice}</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>Shops</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Missing in TPOP</source>
        <translation>Fehlen in TPOP</translation>
    </message>
    <message>
        <source>Paid shop orders with TPOP products that never reached TPOP. Usual causes: the product was duplicated or changed outside TPOP (it is no longer linked), its SKU or variants were edited, or in Shopify the order was fulfilled automatically (choose &quot;Do not automatically fulfill any of the order&apos;s line items&quot;). Place these orders by hand in TPOP.</source>
        <translation>Bezahlte Shop-Bestellungen mit TPOP-Produkten, die nie bei TPOP angekommen sind. Übliche Ursachen: Das Produkt wurde außerhalb von TPOP dupliziert oder geändert (es ist nicht mehr verknüpft), seine SKU oder Varianten wurden bearbeitet, oder in Shopify wurde die Bestellung automatisch ausgeführt (wählen Sie „Keine Artikel der Bestellung automatisch ausführen“). Geben Sie diese Bestellungen von Hand in TPOP auf.</translation>
    </message>
    <message>
        <source>Connect your TPOP account to see which shop orders never reached TPOP.</source>
        <translation>Verbinden Sie Ihr TPOP-Konto, um zu sehen, welche Shop-Bestellungen nie bei TPOP angekommen sind.</translation>
    </message>
    <message>
        <source>Place a manual order in TPOP</source>
        <translation>Manuelle Bestellung in TPOP aufgeben</translation>
    </message>
    <message>
        <source>Open the order in the shop&apos;s admin</source>
        <translation>Bestellung in der Shop-Verwaltung öffnen</translation>
    </message>
    <message>
        <source>{shop}: order {number}</source>
        <translation>{shop}: Bestellung {number}</translation>
    </message>
    <message>
        <source>placed {date}</source>
        <translation>aufgegeben am {date}</translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>Keine gefunden.</translation>
    </message>
    <message>
        <source>not connectable</source>
        <translation>nicht verbindbar</translation>
    </message>
    <message>
        <source>connected, last read failed</source>
        <translation>verbunden, letzter Abruf fehlgeschlagen</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>New {platform} shop</source>
        <translation>Neuer {platform}-Shop</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Connect your shops: the app lists their orders with TPOP products and their tracking, and checks every day that they hold TPOP&apos;s tracking.</source>
        <translation>Verbinden Sie Ihre Shops: Die App listet ihre Bestellungen mit TPOP-Produkten samt Sendungsverfolgung auf und prüft täglich, ob sie die Sendungsnummer von TPOP enthalten.</translation>
    </message>
    <message>
        <source>Add a shop</source>
        <translation>Shop hinzufügen</translation>
    </message>
    <message>
        <source>Apply to this shop</source>
        <translation>Für diesen Shop übernehmen</translation>
    </message>
    <message>
        <source>No shop yet</source>
        <translation>Noch kein Shop</translation>
    </message>
    <message>
        <source>Click &quot;Add a shop&quot; and choose your shop&apos;s platform: Shopify, WooCommerce or Etsy.</source>
        <translation>Klicken Sie auf „Shop hinzufügen“ und wählen Sie die Plattform Ihres Shops: Shopify, WooCommerce oder Etsy.</translation>
    </message>
    <message>
        <source>Connect with Etsy again…</source>
        <translation>Erneut mit Etsy verbinden…</translation>
    </message>
    <message>
        <source>Connect it again only to change its keys.</source>
        <translation>Verbinden Sie ihn nur erneut, um seine Schlüssel zu ändern.</translation>
    </message>
    <message>
        <source>Enter the secret again only to change it.</source>
        <translation>Geben Sie das Geheimnis nur erneut ein, um es zu ändern.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <source>Saved. The shop&apos;s orders are read again with this rule at the next sync.</source>
        <translation>Gespeichert. Die Bestellungen des Shops werden bei der nächsten Synchronisierung mit dieser Regel neu gelesen.</translation>
    </message>
    <message>
        <source>Fill in the address and every secret field first.</source>
        <translation>Füllen Sie zuerst die Adresse und alle geheimen Felder aus.</translation>
    </message>
    <message>
        <source>Connected to {name}.</source>
        <translation>Verbunden mit {name}.</translation>
    </message>
    <message>
        <source>The stored secret still works.</source>
        <translation>Das gespeicherte Geheimnis funktioniert weiterhin.</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Achtung: {text}</translation>
    </message>
    <message>
        <source>Saving the secret in your keyring…</source>
        <translation>Geheimnis wird in Ihrem Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Saved. The shop is read at the next sync.</source>
        <translation>Gespeichert. Der Shop wird bei der nächsten Synchronisierung gelesen.</translation>
    </message>
    <message>
        <source>The connection was removed and its secret deleted from the keyring.</source>
        <translation>Die Verbindung wurde entfernt und ihr Geheimnis aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>In sync</source>
        <translation>Abgeglichen</translation>
    </message>
    <message>
        <source>Tracking missing</source>
        <translation>Sendungsnummer fehlt</translation>
    </message>
    <message>
        <source>Tracking different</source>
        <translation>Andere Sendungsnummer</translation>
    </message>
    <message>
        <source>Not in TPOP</source>
        <translation>Nicht in TPOP</translation>
    </message>
    <message>
        <source>Waiting for shipment</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>The shop order holds TPOP&apos;s tracking number.</source>
        <translation>Die Shop-Bestellung enthält die Sendungsnummer von TPOP.</translation>
    </message>
    <message>
        <source>TPOP shipped this order, but the shop order has no tracking number: your customer has not received TPOP&apos;s tracking from your shop.</source>
        <translation>TPOP hat diese Bestellung versendet, aber die Shop-Bestellung hat keine Sendungsnummer: Ihr Kunde hat die TPOP-Sendungsverfolgung nicht von Ihrem Shop erhalten.</translation>
    </message>
    <message>
        <source>The shop order holds another tracking number than TPOP&apos;s. TPOP&apos;s tracking is the right one.</source>
        <translation>Die Shop-Bestellung enthält eine andere Sendungsnummer als die von TPOP. Die Sendungsnummer von TPOP ist die richtige.</translation>
    </message>
    <message>
        <source>This paid shop order never reached TPOP.</source>
        <translation>Diese bezahlte Shop-Bestellung ist nie bei TPOP angekommen.</translation>
    </message>
    <message>
        <source>TPOP has not shipped this order yet: nothing to compare.</source>
        <translation>TPOP hat diese Bestellung noch nicht versendet: Es gibt nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>The shop could not be read, so this order was not checked.</source>
        <translation>Der Shop konnte nicht gelesen werden, daher wurde diese Bestellung nicht geprüft.</translation>
    </message>
    <message>
        <source>The shop order was closed (fulfilled) by hand or automatically before TPOP shipped, so TPOP could not write its tracking into it.</source>
        <translation>Die Shop-Bestellung wurde von Hand oder automatisch abgeschlossen (ausgeführt), bevor TPOP versendet hat, daher konnte TPOP seine Sendungsverfolgung nicht eintragen.</translation>
    </message>
    <message>
        <source>The shop order is still open: TPOP could not close it with its tracking.</source>
        <translation>Die Shop-Bestellung ist noch offen: TPOP konnte sie nicht mit seiner Sendungsverfolgung abschließen.</translation>
    </message>
    <message>
        <source>Add TPOP&apos;s tracking to the shop order so your customer can follow the parcel.</source>
        <translation>Fügen Sie die TPOP-Sendungsverfolgung zur Shop-Bestellung hinzu, damit Ihr Kunde das Paket verfolgen kann.</translation>
    </message>
    <message>
        <source>TPOP&apos;s tracking number is the one the carrier knows.</source>
        <translation>Die Sendungsnummer von TPOP ist die, die der Versanddienstleister kennt.</translation>
    </message>
    <message>
        <source>Do not close TPOP orders by hand in your shop: TPOP closes them with the tracking when it ships.</source>
        <translation>Schließen Sie TPOP-Bestellungen in Ihrem Shop nicht von Hand ab: TPOP schließt sie beim Versand mit der Sendungsverfolgung ab.</translation>
    </message>
    <message>
        <source>In Shopify, Settings &gt; Checkout &gt; Order processing: choose &quot;Do not automatically fulfill any of the order&apos;s line items&quot;.</source>
        <translation>In Shopify unter Einstellungen &gt; Checkout &gt; Bestellabwicklung: Wählen Sie „Keine Artikel der Bestellung automatisch ausführen“.</translation>
    </message>
    <message>
        <source>In WooCommerce, do not use a plugin that completes orders automatically.</source>
        <translation>Verwenden Sie in WooCommerce kein Plugin, das Bestellungen automatisch abschließt.</translation>
    </message>
    <message>
        <source>Check that the product was not duplicated or changed outside TPOP: a copied product is not linked to TPOP.</source>
        <translation>Prüfen Sie, ob das Produkt außerhalb von TPOP dupliziert oder geändert wurde: Ein kopiertes Produkt ist nicht mit TPOP verknüpft.</translation>
    </message>
    <message>
        <source>Check the product&apos;s SKU and variants: they must be the ones TPOP created.</source>
        <translation>Prüfen Sie SKU und Varianten des Produkts: Es müssen die von TPOP angelegten sein.</translation>
    </message>
    <message>
        <source>Place the order by hand in TPOP so it gets produced.</source>
        <translation>Geben Sie die Bestellung von Hand in TPOP auf, damit sie produziert wird.</translation>
    </message>
    <message>
        <source>TPOP fetches Etsy orders three times a day: wait for the next fetch.</source>
        <translation>TPOP ruft Etsy-Bestellungen dreimal täglich ab: Warten Sie den nächsten Abruf ab.</translation>
    </message>
    <message>
        <source>Check the shop&apos;s connection in Account &gt; Shops.</source>
        <translation>Prüfen Sie die Verbindung des Shops unter Konto &gt; Shops.</translation>
    </message>
    <message>
        <source>The access token lacks a permission: {scopes}. Add it to the app in your shop&apos;s admin.</source>
        <translation>Dem Zugriffstoken fehlt eine Berechtigung: {scopes}. Fügen Sie sie der App in der Verwaltung Ihres Shops hinzu.</translation>
    </message>
    <message>
        <source>The access token lacks a permission the checks need.</source>
        <translation>Dem Zugriffstoken fehlt eine Berechtigung, die für die Prüfungen nötig ist.</translation>
    </message>
    <message>
        <source>The shop rejected the access token or key. Check it and connect again.</source>
        <translation>Der Shop hat das Zugriffstoken oder den Schlüssel abgelehnt. Prüfen Sie die Angaben und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>The shop refused access with this token or key.</source>
        <translation>Der Shop hat den Zugriff mit diesem Token oder Schlüssel verweigert.</translation>
    </message>
    <message>
        <source>This address does not answer like the expected shop (wrong address, or not a WooCommerce site).</source>
        <translation>Diese Adresse antwortet nicht wie der erwartete Shop (falsche Adresse oder keine WooCommerce-Website).</translation>
    </message>
    <message>
        <source>The shop cannot be reached. Check your connection.</source>
        <translation>Der Shop ist nicht erreichbar. Prüfen Sie Ihre Verbindung.</translation>
    </message>
    <message>
        <source>The shop asked the app to slow down; it will be read again later.</source>
        <translation>Der Shop hat die App gebeten, langsamer zu machen; er wird später erneut gelesen.</translation>
    </message>
    <message>
        <source>The shop&apos;s server had a problem.</source>
        <translation>Der Server des Shops hatte ein Problem.</translation>
    </message>
    <message>
        <source>The shop sent an answer the app cannot read.</source>
        <translation>Der Shop hat eine Antwort gesendet, die die App nicht lesen kann.</translation>
    </message>
    <message>
        <source>The shop&apos;s secret could not be read from the keyring.</source>
        <translation>Das Geheimnis des Shops konnte nicht aus dem Schlüsselbund gelesen werden.</translation>
    </message>
    <message>
        <source>The shop&apos;s secret is no longer in the keyring. Connect the shop again.</source>
        <translation>Das Geheimnis des Shops ist nicht mehr im Schlüsselbund. Verbinden Sie den Shop erneut.</translation>
    </message>
    <message>
        <source>The shop&apos;s address or secret is not valid.</source>
        <translation>Die Adresse oder das Geheimnis des Shops ist ungültig.</translation>
    </message>
    <message>
        <source>Etsy no longer accepts this shop&apos;s connection (it was revoked, it expired after 90 days, or the shop&apos;s password changed). Connect the shop again.</source>
        <translation>Etsy akzeptiert die Verbindung dieses Shops nicht mehr (sie wurde widerrufen, ist nach 90 Tagen abgelaufen oder das Passwort des Shops wurde geändert). Verbinden Sie den Shop erneut.</translation>
    </message>
    <message>
        <source>Etsy refuses your Etsy app&apos;s keystring or shared secret. Check them on etsy.com/developers/your-apps and connect the shop again.</source>
        <translation>Etsy lehnt den Keystring oder das Shared Secret Ihrer Etsy-App ab. Prüfen Sie beide unter etsy.com/developers/your-apps und verbinden Sie den Shop erneut.</translation>
    </message>
    <message>
        <source>The shop&apos;s product rule cannot be read. Set which products are TPOP&apos;s again in Account &gt; Shops.</source>
        <translation>Die Produktregel des Shops ist nicht lesbar. Legen Sie unter Konto &gt; Shops erneut fest, welche Produkte von TPOP sind.</translation>
    </message>
    <message>
        <source>The shop could not be read.</source>
        <translation>Der Shop konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>{shop} can no longer be read: {reason}</source>
        <translation>{shop} kann nicht mehr gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Etsy did not connect TPOP Desktop: access was refused on Etsy&apos;s page, or your Etsy app is not allowed yet.</source>
        <translation>Etsy hat TPOP Desktop nicht verbunden: Der Zugriff wurde auf der Etsy-Seite abgelehnt, oder Ihre Etsy-App ist noch nicht freigegeben.</translation>
    </message>
    <message>
        <source>Etsy&apos;s page did not come back within 5 minutes. If Etsy showed &quot;The requested redirect URL is not permitted&quot;, register the three callback addresses in your Etsy app, then try again.</source>
        <translation>Die Etsy-Seite ist nicht innerhalb von 5 Minuten zurückgekehrt. Wenn Etsy „The requested redirect URL is not permitted“ angezeigt hat, tragen Sie die drei Callback-Adressen in Ihrer Etsy-App ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Das Verbinden wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The ports 47611 to 47613 are all in use on this computer, so Etsy cannot send your browser back to the app. Close the program that uses them and try again.</source>
        <translation>Die Ports 47611 bis 47613 sind auf diesem Computer alle belegt, daher kann Etsy Ihren Browser nicht zur App zurückschicken. Schließen Sie das Programm, das sie verwendet, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Your web browser could not be opened. Set a default browser and try again.</source>
        <translation>Ihr Webbrowser konnte nicht geöffnet werden. Legen Sie einen Standardbrowser fest und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Etsy sent the browser back without a connection code. Try again.</source>
        <translation>Etsy hat den Browser ohne Verbindungscode zurückgeschickt. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The shop could not be connected.</source>
        <translation>Der Shop konnte nicht verbunden werden.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Etsy connects through an Etsy app of your own (Etsy does not let a desktop app share one):
1. Create an app at {page}.
2. In the app, under &quot;Edit your callback URLs&quot;, add these addresses exactly as written:
{addresses}
3. Copy the app&apos;s keystring and shared secret below and click &quot;Connect with Etsy…&quot;. Your browser opens Etsy&apos;s page: allow TPOP Desktop there.</source>
        <translation>Etsy wird über eine eigene Etsy-App verbunden (Etsy erlaubt nicht, dass sich Desktop-Apps eine teilen):
1. Erstellen Sie eine App unter {page}.
2. Fügen Sie in der App unter „Edit your callback URLs“ genau diese Adressen hinzu:
{addresses}
3. Kopieren Sie Keystring und Shared Secret der App unten hinein und klicken Sie auf „Mit Etsy verbinden…“. Ihr Browser öffnet die Etsy-Seite: Erlauben Sie dort TPOP Desktop.</translation>
    </message>
    <message numerus="yes">
        <source>TPOP reads Etsy orders three times a day, so an Etsy order is listed here only after %n hour(s).</source>
        <translation>
            <numerusform>TPOP liest Etsy-Bestellungen dreimal täglich, daher erscheint eine Etsy-Bestellung hier erst nach %n Stunde.</numerusform>
            <numerusform>TPOP liest Etsy-Bestellungen dreimal täglich, daher erscheint eine Etsy-Bestellung hier erst nach %n Stunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A paid order is listed here once it has been missing in TPOP for %n hour(s).</source>
        <translation>
            <numerusform>Eine bezahlte Bestellung erscheint hier, wenn sie seit %n Stunde in TPOP fehlt.</numerusform>
            <numerusform>Eine bezahlte Bestellung erscheint hier, wenn sie seit %n Stunden in TPOP fehlt.</numerusform>
        </translation>
    </message>
    <message>
        <source>These orders come from your shops: their state and tracking are what your shops know. TPOP&apos;s dashboard stays authoritative for blocked orders and production.</source>
        <translation>Diese Bestellungen stammen aus Ihren Shops: Status und Sendungsverfolgung sind das, was Ihre Shops wissen. Für blockierte Bestellungen und die Produktion ist das TPOP-Dashboard maßgeblich.</translation>
    </message>
    <message>
        <source>Paid in your shop and not shipped yet. Whether TPOP is producing it, only TPOP&apos;s dashboard says.</source>
        <translation>In Ihrem Shop bezahlt und noch nicht versandt. Ob TPOP sie produziert, zeigt nur das TPOP-Dashboard.</translation>
    </message>
    <message>
        <source>Your shop has it as shipped. The tracking below is what the shop holds.</source>
        <translation>Ihr Shop führt sie als versandt. Die Sendungsverfolgung unten ist die, die der Shop enthält.</translation>
    </message>
    <message>
        <source>Your shop says the parcel was delivered.</source>
        <translation>Ihr Shop gibt an, dass das Paket zugestellt wurde.</translation>
    </message>
    <message>
        <source>Cancelled or refunded in your shop.</source>
        <translation>In Ihrem Shop storniert oder erstattet.</translation>
    </message>
    <message>
        <source>This order comes from your shop: its state and tracking are what the shop knows. Whether TPOP has it, produces it or blocked it, only TPOP&apos;s dashboard says.</source>
        <translation>Diese Bestellung stammt aus Ihrem Shop: Status und Sendungsverfolgung sind das, was der Shop weiß. Ob TPOP sie hat, produziert oder blockiert hat, zeigt nur das TPOP-Dashboard.</translation>
    </message>
    <message>
        <source>The Shipment Tracking extension is not installed: tracking will be added as an order note for your customer.</source>
        <translation>Die Erweiterung Shipment Tracking ist nicht installiert: Die Sendungsverfolgung wird als Bestellnotiz für Ihren Kunden hinzugefügt.</translation>
    </message>
    <message>
        <source>The token can read but not write fulfillments: add the permission write_merchant_managed_fulfillment_orders to fix orders from here.</source>
        <translation>Das Token kann Ausführungen (Fulfillments) lesen, aber nicht schreiben: Fügen Sie die Berechtigung write_merchant_managed_fulfillment_orders hinzu, um Bestellungen von hier aus zu korrigieren.</translation>
    </message>
    <message>
        <source>The shop order&apos;s fulfillment gets TPOP&apos;s tracking.</source>
        <translation>Die Ausführung der Shop-Bestellung erhält die TPOP-Sendungsverfolgung.</translation>
    </message>
    <message>
        <source>The shop order is fulfilled with TPOP&apos;s tracking.</source>
        <translation>Die Shop-Bestellung wird mit der TPOP-Sendungsverfolgung ausgeführt.</translation>
    </message>
    <message>
        <source>A Shipment Tracking entry with TPOP&apos;s tracking is added.</source>
        <translation>Ein Shipment-Tracking-Eintrag mit der TPOP-Sendungsverfolgung wird hinzugefügt.</translation>
    </message>
    <message>
        <source>A note with TPOP&apos;s tracking is added to the order.</source>
        <translation>Der Bestellung wird eine Notiz mit der TPOP-Sendungsverfolgung hinzugefügt.</translation>
    </message>
    <message>
        <source>A shipment with TPOP&apos;s tracking is added to the Etsy order; Etsy e-mails your customer.</source>
        <translation>Der Etsy-Bestellung wird eine Sendung mit der Sendungsnummer von TPOP hinzugefügt; Etsy benachrichtigt Ihre Kundin oder Ihren Kunden per E-Mail.</translation>
    </message>
    <message>
        <source>The shop order does not need TPOP&apos;s tracking.</source>
        <translation>Die Shop-Bestellung benötigt die TPOP-Sendungsverfolgung nicht.</translation>
    </message>
    <message>
        <source>TPOP has not shipped this order yet.</source>
        <translation>TPOP hat diese Bestellung noch nicht versendet.</translation>
    </message>
    <message>
        <source>The shop order does not belong to this TPOP order.</source>
        <translation>Die Shop-Bestellung gehört nicht zu dieser TPOP-Bestellung.</translation>
    </message>
    <message>
        <source>The shop order is cancelled.</source>
        <translation>Die Shop-Bestellung ist storniert.</translation>
    </message>
    <message>
        <source>This shop&apos;s platform cannot be updated from the app.</source>
        <translation>Die Plattform dieses Shops kann nicht aus der App aktualisiert werden.</translation>
    </message>
    <message>
        <source>The tracking cannot be added to this shop order.</source>
        <translation>Die Sendungsverfolgung kann dieser Shop-Bestellung nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>This shop is not connectable: its orders are placed in TPOP directly, so there is no shop order to check.</source>
        <translation>Dieser Shop ist nicht verbindbar: Seine Bestellungen werden direkt in TPOP aufgegeben, es gibt also keine Shop-Bestellung zu prüfen.</translation>
    </message>
    <message>
        <source>Shop &amp;checks</source>
        <translation>Shop-&amp;Prüfung</translation>
    </message>
    <message>
        <source>Show only orders with shop problems</source>
        <translation>Nur Bestellungen mit Shop-Problemen anzeigen</translation>
    </message>
    <message>
        <source>Add TPOP&apos;s tracking to the selected shop orders…</source>
        <translation>TPOP-Sendungsverfolgung zu den ausgewählten Shop-Bestellungen hinzufügen…</translation>
    </message>
    <message>
        <source>Check the shops at the next sync</source>
        <translation>Shops bei der nächsten Synchronisierung prüfen</translation>
    </message>
    <message>
        <source>{shop} could not be checked: {reason}</source>
        <translation>{shop} konnte nicht geprüft werden: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) need your attention in your shops</source>
        <translation>
            <numerusform>%n Bestellung in Ihren Shops erfordert Ihre Aufmerksamkeit</numerusform>
            <numerusform>%n Bestellungen in Ihren Shops erfordern Ihre Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>TPOP&apos;s tracking {number} added to shop order {order}; customer notified</source>
        <translation>TPOP-Sendungsnummer {number} zur Shop-Bestellung {order} hinzugefügt; Kunde benachrichtigt</translation>
    </message>
    <message>
        <source>TPOP&apos;s tracking {number} added to shop order {order}; customer not notified</source>
        <translation>TPOP-Sendungsnummer {number} zur Shop-Bestellung {order} hinzugefügt; Kunde nicht benachrichtigt</translation>
    </message>
    <message>
        <source>TPOP&apos;s tracking {number} was already in shop order {order}</source>
        <translation>TPOP-Sendungsnummer {number} war bereits in der Shop-Bestellung {order} eingetragen</translation>
    </message>
    <message>
        <source>Adding TPOP&apos;s tracking {number} to shop order {order} failed: {reason}</source>
        <translation>Hinzufügen der TPOP-Sendungsnummer {number} zur Shop-Bestellung {order} fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>None of the selected orders can get TPOP&apos;s tracking from here (shop not connected, or nothing to fix).</source>
        <translation>Keine der ausgewählten Bestellungen kann von hier aus die TPOP-Sendungsverfolgung erhalten (Shop nicht verbunden oder nichts zu korrigieren).</translation>
    </message>
    <message>
        <source>Adding TPOP&apos;s tracking to the shop orders…</source>
        <translation>TPOP-Sendungsverfolgung wird den Shop-Bestellungen hinzugefügt…</translation>
    </message>
    <message numerus="yes">
        <source>TPOP&apos;s tracking was added to %n shop order(s).</source>
        <translation>
            <numerusform>Die TPOP-Sendungsverfolgung wurde %n Shop-Bestellung hinzugefügt.</numerusform>
            <numerusform>Die TPOP-Sendungsverfolgung wurde %n Shop-Bestellungen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) could not be updated: see their history.</source>
        <translation>
            <numerusform>%n Bestellung konnte nicht aktualisiert werden: siehe Verlauf.</numerusform>
            <numerusform>%n Bestellungen konnten nicht aktualisiert werden: siehe Verlauf.</numerusform>
        </translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>France</source>
        <comment>country</comment>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>Belgium</source>
        <comment>country</comment>
        <translation>Belgien</translation>
    </message>
    <message>
        <source>Germany</source>
        <comment>country</comment>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <comment>country</comment>
        <translation>Niederlande</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <comment>country</comment>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <comment>country</comment>
        <translation>Schweiz</translation>
    </message>
    <message>
        <source>Austria</source>
        <comment>country</comment>
        <translation>Österreich</translation>
    </message>
    <message>
        <source>Italy</source>
        <comment>country</comment>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Spain</source>
        <comment>country</comment>
        <translation>Spanien</translation>
    </message>
    <message>
        <source>Portugal</source>
        <comment>country</comment>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Ireland</source>
        <comment>country</comment>
        <translation>Irland</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <comment>country</comment>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>Sweden</source>
        <comment>country</comment>
        <translation>Schweden</translation>
    </message>
    <message>
        <source>Denmark</source>
        <comment>country</comment>
        <translation>Dänemark</translation>
    </message>
    <message>
        <source>Norway</source>
        <comment>country</comment>
        <translation>Norwegen</translation>
    </message>
    <message>
        <source>Finland</source>
        <comment>country</comment>
        <translation>Finnland</translation>
    </message>
    <message>
        <source>Poland</source>
        <comment>country</comment>
        <translation>Polen</translation>
    </message>
    <message>
        <source>Czechia</source>
        <comment>country</comment>
        <translation>Tschechien</translation>
    </message>
    <message>
        <source>United States</source>
        <comment>country</comment>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Canada</source>
        <comment>country</comment>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>Australia</source>
        <comment>country</comment>
        <translation>Australien</translation>
    </message>
    <message>
        <source>Monaco</source>
        <comment>country</comment>
        <translation>Monaco</translation>
    </message>
    <message>
        <source>About TPOP Desktop</source>
        <translation>Über TPOP Desktop</translation>
    </message>
    <message>
        <source>TPOP Desktop {version}</source>
        <translation>TPOP Desktop {version}</translation>
    </message>
    <message>
        <source>Every TPOP order, its tracking and what to do next, in one window. An independent companion app for TPOP merchants; TPOP is a trademark of its owner.</source>
        <translation>Alle TPOP-Bestellungen, ihre Sendungsverfolgung und die nächsten Schritte in einem Fenster. Eine unabhängige Begleit-App für TPOP-Händler; TPOP ist eine Marke ihres Inhabers.</translation>
    </message>
    <message>
        <source>Licence: MIT. Your token stays in your system&apos;s keyring.</source>
        <translation>Lizenz: MIT. Ihr Token bleibt im Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
        <translation>Qt {qt}, PySide6 {pyside}, Python {python}</translation>
    </message>
    <message>
        <source>TPOP help centre</source>
        <translation>TPOP-Hilfecenter</translation>
    </message>
    <message>
        <source>Project page and security policy</source>
        <translation>Projektseite und Sicherheitsrichtlinie</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>The order database was damaged. It was set aside as {file} (kept, not deleted) and a new one is being built from TPOP.</source>
        <translation>Die Bestelldatenbank war beschädigt. Sie wurde als {file} beiseitegelegt (aufbewahrt, nicht gelöscht), und eine neue wird aus TPOP aufgebaut.</translation>
    </message>
    <message>
        <source>Nothing could be read from the damaged file. Your orders come back from TPOP; notes and cases could not be recovered.</source>
        <translation>Aus der beschädigten Datei konnte nichts gelesen werden. Ihre Bestellungen kommen aus TPOP zurück; Notizen und Fälle konnten nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Recovered from the damaged file:</source>
        <translation>Aus der beschädigten Datei wiederhergestellt:</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n Fall</numerusform>
            <numerusform>%n Fälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case event(s)</source>
        <translation>
            <numerusform>%n Fallschritt</numerusform>
            <numerusform>%n Fallschritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n archived order(s)</source>
        <translation>
            <numerusform>%n archivierte Bestellung</numerusform>
            <numerusform>%n archivierte Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history entry(ies)</source>
        <translation>
            <numerusform>%n Verlaufseintrag</numerusform>
            <numerusform>%n Verlaufseinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shop fix record(s)</source>
        <translation>
            <numerusform>%n Shop-Korrektur</numerusform>
            <numerusform>%n Shop-Korrekturen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged row(s) could not be read and stay in the set-aside file.</source>
        <translation>
            <numerusform>%n beschädigte Zeile konnte nicht gelesen werden und bleibt in der beiseitegelegten Datei.</numerusform>
            <numerusform>%n beschädigte Zeilen konnten nicht gelesen werden und bleiben in der beiseitegelegten Datei.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rest of your orders comes back from TPOP with the next sync.</source>
        <translation>Der Rest Ihrer Bestellungen kommt mit der nächsten Synchronisierung aus TPOP zurück.</translation>
    </message>
    <message>
        <source>The order database was damaged</source>
        <translation>Die Bestelldatenbank war beschädigt</translation>
    </message>
    <message>
        <source>{folder} cannot be written: your stored orders are shown as last saved, and nothing can be saved or synced. Check the folder&apos;s permissions (or free the disk), then restart TPOP Desktop.</source>
        <translation>In {folder} kann nicht geschrieben werden: Ihre gespeicherten Bestellungen werden im zuletzt gespeicherten Stand angezeigt, und nichts kann gespeichert oder synchronisiert werden. Prüfen Sie die Berechtigungen des Ordners (oder schaffen Sie Platz auf dem Datenträger) und starten Sie TPOP Desktop dann neu.</translation>
    </message>
    <message>
        <source>the terminal</source>
        <translation>das Terminal</translation>
    </message>
    <message>
        <source>TPOP Desktop cannot write its log to {folder} ({reason}); it writes it to {where} instead. Check that folder&apos;s permissions.</source>
        <translation>TPOP Desktop kann sein Protokoll nicht in {folder} schreiben ({reason}); es schreibt es stattdessen nach {where}. Prüfen Sie die Berechtigungen dieses Ordners.</translation>
    </message>
    <message>
        <source>no permission</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>Reading your shops…</source>
        <translation>Ihre Shops werden gelesen…</translation>
    </message>
    <message>
        <source>Shop orders read at {time}</source>
        <translation>Shop-Bestellungen gelesen um {time}</translation>
    </message>
    <message>
        <source>{shop} could not be read: {reason}</source>
        <translation>{shop} konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Connect with Etsy…</source>
        <translation>Mit Etsy verbinden…</translation>
    </message>
    <message>
        <source>Enter your Etsy app&apos;s keystring and shared secret first.</source>
        <translation>Geben Sie zuerst Keystring und Shared Secret Ihrer Etsy-App ein.</translation>
    </message>
    <message>
        <source>The keystring or the shared secret is not valid: copy them again from your Etsy app.</source>
        <translation>Keystring oder Shared Secret ist ungültig: Kopieren Sie beide erneut aus Ihrer Etsy-App.</translation>
    </message>
    <message>
        <source>Waiting for Etsy… Your browser shows Etsy&apos;s page: allow TPOP Desktop there. The app waits up to 5 minutes.</source>
        <translation>Warten auf Etsy… Ihr Browser zeigt die Etsy-Seite: Erlauben Sie dort TPOP Desktop. Die App wartet bis zu 5 Minuten.</translation>
    </message>
    <message>
        <source>Connected to {name}. The shop is read at the next sync.</source>
        <translation>Mit {name} verbunden. Der Shop wird bei der nächsten Synchronisierung gelesen.</translation>
    </message>
    <message>
        <source>Which products are TPOP&apos;s</source>
        <translation>Welche Produkte von TPOP sind</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Alle Produkte</translation>
    </message>
    <message>
        <source>Only products whose vendor, SKU or tag matches:</source>
        <translation>Nur Produkte, deren Anbieter, SKU oder Tag passt:</translation>
    </message>
    <message>
        <source>All products is the default: most TPOP merchants sell only TPOP products. If your shop also sells goods TPOP does not make, name what marks TPOP&apos;s, so that only their orders are listed and checked. Separate several entries with commas.</source>
        <translation>„Alle Produkte“ ist die Voreinstellung: Die meisten TPOP-Händler verkaufen nur TPOP-Produkte. Wenn Ihr Shop auch Waren verkauft, die TPOP nicht herstellt, geben Sie an, woran die von TPOP erkennbar sind, damit nur deren Bestellungen aufgelistet und geprüft werden. Trennen Sie mehrere Einträge durch Kommas.</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>SKU prefixes</source>
        <translation>SKU-Präfixe</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Follow this parcel here with a {service} key (Settings &gt; Carrier tracking).</source>
        <translation>Verfolgen Sie dieses Paket hier mit einem {service}-Schlüssel (Einstellungen &gt; Sendungsverfolgung).</translation>
    </message>
    <message>
        <source>{services} refused your tracking key: the parcels it follows are not refreshed until you paste a new key.</source>
        <translation>{services} hat Ihren Tracking-Schlüssel abgelehnt: Die Pakete, die der Dienst verfolgt, werden erst wieder aktualisiert, wenn Sie einen neuen Schlüssel einfügen.</translation>
    </message>
    <message>
        <source>Carrier tracking settings…</source>
        <translation>Einstellungen der Sendungsverfolgung…</translation>
    </message>
    <message>
        <source>The order could not be read: {error}</source>
        <translation>Die Bestellung konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Message to the customer · order {reference}</source>
        <translation>Nachricht an den Kunden · Bestellung {reference}</translation>
    </message>
    <message>
        <source>Tell {customer} when the parcel usually arrives, from your own parcels.</source>
        <translation>Sagen Sie {customer}, wann das Paket üblicherweise ankommt, nach Ihren eigenen Paketen.</translation>
    </message>
    <message>
        <source>Tell {customer} where the parcel waits and what to bring to collect it.</source>
        <translation>Sagen Sie {customer}, wo das Paket wartet und was zur Abholung mitzubringen ist.</translation>
    </message>
    <message>
        <source>your customer</source>
        <translation>Ihrem Kunden</translation>
    </message>
    <message>
        <source>Not asked yet: the carrier is asked after the next sync.</source>
        <translation>Noch nicht abgefragt: Der Versanddienstleister wird nach der nächsten Synchronisierung gefragt.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Asks {service} now; it counts against its daily calls.</source>
        <translation>Fragt {service} sofort ab; das zählt zu den täglichen Abrufen.</translation>
    </message>
    <message>
        <source>{status} · {date}</source>
        <translation>{status} · {date}</translation>
    </message>
    <message>
        <source>{service} says: {words}</source>
        <translation>{service} meldet: {words}</translation>
    </message>
    <message>
        <source>Estimated delivery: {start} to {end}</source>
        <translation>Voraussichtliche Zustellung: {start} bis {end}</translation>
    </message>
    <message>
        <source>Estimated delivery: {date}</source>
        <translation>Voraussichtliche Zustellung: {date}</translation>
    </message>
    <message>
        <source>post office</source>
        <translation>Postfiliale</translation>
    </message>
    <message>
        <source>pickup point</source>
        <translation>Abholstelle</translation>
    </message>
    <message>
        <source>Waits at: {point} ({kind})</source>
        <translation>Wartet bei: {point} ({kind})</translation>
    </message>
    <message>
        <source>Waits at: {point}</source>
        <translation>Wartet bei: {point}</translation>
    </message>
    <message>
        <source>Carried on by {partner}, who know it as {number}</source>
        <translation>Weiterbefördert von {partner}, dort unter der Nummer {number}</translation>
    </message>
    <message>
        <source>Carried on by {partner}</source>
        <translation>Weiterbefördert von {partner}</translation>
    </message>
    <message>
        <source>{link}, with {partner}&apos;s own number</source>
        <translation>{link}, mit der eigenen Nummer von {partner}</translation>
    </message>
    <message>
        <source>What the carrier scanned (newest first)</source>
        <translation>Was der Versanddienstleister erfasst hat (neueste zuerst)</translation>
    </message>
    <message>
        <source>Get a key at {site}</source>
        <translation>Schlüssel erhalten auf {site}</translation>
    </message>
    <message>
        <source>{service} key</source>
        <translation>{service}-Schlüssel</translation>
    </message>
    <message>
        <source>Test key</source>
        <translation>Schlüssel testen</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Schlüssel speichern</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <source>A key is saved; paste another to replace it</source>
        <translation>Ein Schlüssel ist gespeichert; fügen Sie einen anderen ein, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>Paste your key</source>
        <translation>Fügen Sie Ihren Schlüssel ein</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Paste a key first.</source>
        <translation>Fügen Sie zuerst einen Schlüssel ein.</translation>
    </message>
    <message>
        <source>Saved in your keyring.</source>
        <translation>In Ihrem Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Removed from your keyring.</source>
        <translation>Aus Ihrem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Follow parcels with the carriers&apos; own tracking</source>
        <translation>Pakete mit der Sendungsverfolgung der Versanddienstleister selbst verfolgen</translation>
    </message>
    <message>
        <source>With a key, the app asks the carrier itself where each parcel is (out for delivery, waiting at a post office, held at customs, delivered) and applies TPOP&apos;s rules to it; without one it shows the tracking links, as now. Keys are free, yours, and kept in your keyring. Only tracking numbers are sent.</source>
        <translation>Mit einem Schlüssel fragt die App den Versanddienstleister selbst, wo jedes Paket ist (in Zustellung, wartet in einer Filiale, beim Zoll festgehalten, zugestellt), und wendet die Regeln von TPOP darauf an; ohne Schlüssel zeigt sie wie bisher die Tracking-Links. Die Schlüssel sind kostenlos, gehören Ihnen und bleiben in Ihrem Schlüsselbund. Es werden nur Sendungsnummern übermittelt.</translation>
    </message>
    <message>
        <source>The keys could not be read: {reason}</source>
        <translation>Die Schlüssel konnten nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Only parcels the carrier is delivering now</source>
        <translation>Nur Pakete, die gerade zugestellt werden</translation>
    </message>
    <message>
        <source>Only parcels waiting at a post office or pickup point</source>
        <translation>Nur Pakete, die in einer Filiale oder an einer Abholstelle warten</translation>
    </message>
    <message>
        <source>Only parcels held at customs, with a failed delivery, a problem, or returned</source>
        <translation>Nur Pakete, die beim Zoll festgehalten werden, nicht zugestellt werden konnten, ein Problem haben oder zurückgehen</translation>
    </message>
    <message>
        <source>La Poste Suivi</source>
        <translation>La Poste Suivi</translation>
    </message>
    <message>
        <source>DHL Shipment Tracking</source>
        <translation>DHL Shipment Tracking</translation>
    </message>
    <message>
        <source>17TRACK</source>
        <translation>17TRACK</translation>
    </message>
    <message>
        <source>Follows La Poste, Colissimo and Chronopost parcels.</source>
        <translation>Verfolgt Pakete von La Poste, Colissimo und Chronopost.</translation>
    </message>
    <message>
        <source>Free plan, granted by La Poste on request: 10 calls a second, no daily limit, up to 10 parcels a call.</source>
        <translation>Kostenloser Tarif, von La Poste auf Anfrage freigeschaltet: 10 Abrufe pro Sekunde, kein Tageslimit, bis zu 10 Pakete pro Abruf.</translation>
    </message>
    <message>
        <source>On La Poste&apos;s developer portal, create an application, subscribe it to the Suivi v2 API and copy its key.</source>
        <translation>Erstellen Sie im Entwicklerportal von La Poste eine Anwendung, abonnieren Sie damit die API Suivi v2 und kopieren Sie ihren Schlüssel.</translation>
    </message>
    <message>
        <source>Follows DHL and Deutsche Post parcels.</source>
        <translation>Verfolgt Pakete von DHL und der Deutschen Post.</translation>
    </message>
    <message>
        <source>Free: 250 calls a day (reset at midnight GMT), one parcel a call, at most 10 calls about one parcel a day. The app keeps 25 calls a day for your own refreshes.</source>
        <translation>Kostenlos: 250 Abrufe pro Tag (Zurücksetzung um Mitternacht GMT), ein Paket pro Abruf, höchstens 10 Abrufe pro Paket und Tag. Die App hält 25 Abrufe pro Tag für Ihre eigenen Aktualisierungen frei.</translation>
    </message>
    <message>
        <source>On the DHL API Developer Portal, create an app with the Shipment Tracking - Unified API and copy its API key.</source>
        <translation>Erstellen Sie im DHL API Developer Portal eine App mit der API Shipment Tracking - Unified und kopieren Sie ihren API-Schlüssel.</translation>
    </message>
    <message>
        <source>Follows every other carrier: DPD, Mondial Relay, GLS, bpost, PostNL, UPS...</source>
        <translation>Verfolgt alle anderen Versanddienstleister: DPD, Mondial Relay, GLS, bpost, PostNL, UPS...</translation>
    </message>
    <message>
        <source>Free: 100 new parcels a month (each parcel is registered once), following registered parcels costs nothing, up to 40 parcels a call.</source>
        <translation>Kostenlos: 100 neue Pakete pro Monat (jedes Paket wird einmal registriert), das Verfolgen registrierter Pakete kostet nichts, bis zu 40 Pakete pro Abruf.</translation>
    </message>
    <message>
        <source>Sign up for the 17TRACK Tracking API and copy the security key from its dashboard.</source>
        <translation>Registrieren Sie sich für die 17TRACK Tracking API und kopieren Sie den Sicherheitsschlüssel aus deren Dashboard.</translation>
    </message>
    <message>
        <source>Calls today: {used} of {limit}</source>
        <translation>Abrufe heute: {used} von {limit}</translation>
    </message>
    <message>
        <source>Calls today: {used} (no daily limit)</source>
        <translation>Abrufe heute: {used} (kein Tageslimit)</translation>
    </message>
    <message>
        <source>New parcels registered this month: {used} of {limit}</source>
        <translation>Diesen Monat registrierte neue Pakete: {used} von {limit}</translation>
    </message>
    <message>
        <source>Ready: {service} is asked after each sync.</source>
        <translation>Bereit: {service} wird nach jeder Synchronisierung abgefragt.</translation>
    </message>
    <message>
        <source>No key: parcels it follows show their tracking links only.</source>
        <translation>Kein Schlüssel: Die Pakete, die der Dienst verfolgt, zeigen nur ihre Tracking-Links.</translation>
    </message>
    <message>
        <source>{service} refused the key: it was revoked or is wrong. Paste a new key.</source>
        <translation>{service} hat den Schlüssel abgelehnt: Er wurde widerrufen oder ist falsch. Fügen Sie einen neuen Schlüssel ein.</translation>
    </message>
    <message>
        <source>This month&apos;s free registrations are used up: new parcels wait for next month.</source>
        <translation>Die kostenlosen Registrierungen dieses Monats sind aufgebraucht: Neue Pakete warten bis zum nächsten Monat.</translation>
    </message>
    <message>
        <source>Today&apos;s calls are used up.</source>
        <translation>Die Abrufe für heute sind aufgebraucht.</translation>
    </message>
    <message>
        <source>Asked again after {time}.</source>
        <translation>Erneute Abfrage nach {time}.</translation>
    </message>
    <message>
        <source>{service} asked the app to slow down.</source>
        <translation>{service} hat die App gebeten, langsamer abzufragen.</translation>
    </message>
    <message>
        <source>{service} cannot be reached or sent an answer the app cannot read. Your stored parcels are unchanged.</source>
        <translation>{service} ist nicht erreichbar oder hat eine Antwort gesendet, die die App nicht lesen kann. Ihre gespeicherten Pakete bleiben unverändert.</translation>
    </message>
    <message>
        <source>The key works.</source>
        <translation>Der Schlüssel funktioniert.</translation>
    </message>
    <message>
        <source>Paste a key to test it.</source>
        <translation>Fügen Sie einen Schlüssel ein, um ihn zu testen.</translation>
    </message>
    <message>
        <source>{service} refused this key. Check that you copied all of it.</source>
        <translation>{service} hat diesen Schlüssel abgelehnt. Prüfen Sie, ob Sie ihn vollständig kopiert haben.</translation>
    </message>
    <message>
        <source>The key works, but its quota is used up for now.</source>
        <translation>Der Schlüssel funktioniert, aber sein Kontingent ist vorerst aufgebraucht.</translation>
    </message>
    <message>
        <source>{service} asked to slow down: try again in a minute.</source>
        <translation>{service} bittet um langsamere Abfragen: Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>{service} cannot be reached right now: try again later.</source>
        <translation>{service} ist gerade nicht erreichbar: Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Your keyring is locked: unlock it, then try again.</source>
        <translation>Ihr Schlüsselbund ist gesperrt: Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This computer has no secure keyring, so the key cannot be kept.</source>
        <translation>Dieser Computer hat keinen sicheren Schlüsselbund, daher kann der Schlüssel nicht aufbewahrt werden.</translation>
    </message>
    <message>
        <source>The only keyring here keeps secrets unencrypted, so the key is not kept there.</source>
        <translation>Der einzige Schlüsselbund hier speichert Geheimnisse unverschlüsselt, daher wird der Schlüssel dort nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>{service} answered just now.</source>
        <translation>{service} hat soeben geantwortet.</translation>
    </message>
    <message>
        <source>This order has no tracking number yet.</source>
        <translation>Diese Bestellung hat noch keine Sendungsnummer.</translation>
    </message>
    <message>
        <source>No key for {service}: add one in Settings &gt; Carrier tracking.</source>
        <translation>Kein Schlüssel für {service}: Fügen Sie einen unter Einstellungen &gt; Sendungsverfolgung hinzu.</translation>
    </message>
    <message>
        <source>No free 17TRACK registration is left this month, so no call was made.</source>
        <translation>Diesen Monat ist keine kostenlose 17TRACK-Registrierung mehr übrig, daher wurde nichts abgefragt.</translation>
    </message>
    <message>
        <source>Today&apos;s {service} calls for this parcel are used up, so no call was made. Try again after midnight GMT.</source>
        <translation>Die heutigen {service}-Abrufe für dieses Paket sind aufgebraucht, daher wurde nichts abgefragt. Versuchen Sie es nach Mitternacht GMT erneut.</translation>
    </message>
    <message>
        <source>A refresh is already running: try again in a moment.</source>
        <translation>Es läuft bereits eine Aktualisierung: Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>{service} could not be asked. Your stored parcel is unchanged.</source>
        <translation>{service} konnte nicht abgefragt werden. Ihr gespeichertes Paket bleibt unverändert.</translation>
    </message>
    <message>
        <source>{label} ({code})</source>
        <translation>{label} ({code})</translation>
    </message>
    <message>
        <source>The carrier does not know this parcel yet. That is normal: tracking activates within 48 working hours of shipping (by {when}).</source>
        <translation>Der Versanddienstleister kennt dieses Paket noch nicht. Das ist normal: Die Sendungsverfolgung wird innerhalb von 48 Arbeitsstunden nach dem Versand aktiv (bis {when}).</translation>
    </message>
    <message>
        <source>The carrier says this tracking number is not valid. Check the number with TPOP.</source>
        <translation>Der Versanddienstleister meldet, dass diese Sendungsnummer ungültig ist. Prüfen Sie die Nummer mit TPOP.</translation>
    </message>
    <message>
        <source>The carrier still does not know this parcel 48 working hours after shipping. Check the tracking number with TPOP.</source>
        <translation>Der Versanddienstleister kennt dieses Paket auch 48 Arbeitsstunden nach dem Versand noch nicht. Prüfen Sie die Sendungsnummer mit TPOP.</translation>
    </message>
    <message>
        <source>{service} is delivering the parcel: {words}.</source>
        <translation>{service} stellt das Paket gerade zu: {words}.</translation>
    </message>
    <message>
        <source>a post office or pickup point</source>
        <translation>einer Filiale oder Abholstelle</translation>
    </message>
    <message>
        <source>The parcel waits for your customer at {point} since {when}. They collect it there with the tracking number and an identity document.</source>
        <translation>Das Paket wartet seit {when} bei {point} auf Ihren Kunden. Er holt es dort mit der Sendungsnummer und einem Ausweisdokument ab.</translation>
    </message>
    <message>
        <source>{service} says the parcel is held at customs: {words}. Customs usually contact the recipient about duties or documents: ask your customer to watch for the carrier&apos;s message.</source>
        <translation>{service} meldet, dass das Paket beim Zoll festgehalten wird: {words}. Der Zoll kontaktiert meist den Empfänger wegen Abgaben oder Unterlagen: Bitten Sie Ihren Kunden, auf die Nachricht des Versanddienstleisters zu achten.</translation>
    </message>
    <message>
        <source>A delivery attempt failed: {words}. The carrier usually tries again or leaves the parcel at a post office, where it then waits for pickup.</source>
        <translation>Ein Zustellversuch ist fehlgeschlagen: {words}. Der Versanddienstleister versucht es meist erneut oder bringt das Paket in eine Filiale, wo es dann zur Abholung bereitliegt.</translation>
    </message>
    <message>
        <source>{service} reports a problem: {words}. TPOP support can help once the parcel was shipped more than 21 days ago.</source>
        <translation>{service} meldet ein Problem: {words}. Der TPOP-Support kann helfen, sobald das Paket vor mehr als 21 Tagen versandt wurde.</translation>
    </message>
    <message>
        <source>The parcel is back with its sender: {words}.</source>
        <translation>Das Paket ist zurück beim Absender: {words}.</translation>
    </message>
    <message>
        <source>The parcel is on its way back to its sender: {words}.</source>
        <translation>Das Paket ist auf dem Rückweg zum Absender: {words}.</translation>
    </message>
    <message>
        <source>A parcel returned for a wrong address can be reshipped for a fee, not refunded: check the address with your customer.</source>
        <translation>Ein wegen falscher Adresse zurückgeschicktes Paket kann gegen Gebühr erneut versandt, aber nicht erstattet werden: Prüfen Sie die Adresse mit Ihrem Kunden.</translation>
    </message>
    <message>
        <source>The carrier&apos;s tracking is authoritative. If your customer says it never arrived, the parcel is often with a neighbour or at the post office (tracking number and an identity document).</source>
        <translation>Die Sendungsverfolgung des Versanddienstleisters ist maßgeblich. Wenn Ihr Kunde sagt, es sei nie angekommen, ist das Paket oft bei einem Nachbarn oder in der Postfiliale (Sendungsnummer und ein Ausweisdokument).</translation>
    </message>
    <message numerus="yes">
        <source>Shortened to {shown} of %n character(s). Right-click to copy the whole text.</source>
        <translation>
            <numerusform>Gekürzt auf {shown} von %n Zeichen. Rechtsklick kopiert den ganzen Text.</numerusform>
            <numerusform>Gekürzt auf {shown} von %n Zeichen. Rechtsklick kopiert den ganzen Text.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the whole text</source>
        <translation>Ganzen Text kopieren</translation>
    </message>
    <message>
        <source>This is the demo</source>
        <translation>Das ist die Demo</translation>
    </message>
    <message>
        <source>The demo&apos;s orders are made up, so TPOP&apos;s dashboard would not know them. With your own TPOP account, this opens the dashboard&apos;s page:</source>
        <translation>Die Bestellungen der Demo sind erfunden, das TPOP-Dashboard kennt sie nicht. Mit Ihrem eigenen TPOP-Konto öffnet dies die Seite im Dashboard:</translation>
    </message>
    <message>
        <source>The link could not be opened</source>
        <translation>Der Link konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No web browser opened this link. Copy it and paste it into your browser&apos;s address bar.</source>
        <translation>Kein Webbrowser hat diesen Link geöffnet. Kopieren Sie ihn und fügen Sie ihn in die Adresszeile Ihres Browsers ein.</translation>
    </message>
    <message>
        <source>Copy the link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Shipped today: {shipped} · blocked: {blocked} · needs attention: {attention}</source>
        <translation>Heute versendet: {shipped} · blockiert: {blocked} · Handlungsbedarf: {attention}</translation>
    </message>
    <message>
        <source>Show the orders shipped since midnight</source>
        <translation>Die seit Mitternacht versendeten Bestellungen zeigen</translation>
    </message>
    <message>
        <source>Show the blocked orders</source>
        <translation>Die blockierten Bestellungen zeigen</translation>
    </message>
    <message>
        <source>Show the orders where you need to do something</source>
        <translation>Die Bestellungen zeigen, bei denen Sie etwas tun müssen</translation>
    </message>
    <message>
        <source>Shipped today: {count}</source>
        <translation>Heute versendet: {count}</translation>
    </message>
    <message>
        <source>Blocked: {count}</source>
        <translation>Blockiert: {count}</translation>
    </message>
    <message>
        <source>Needs attention: {count}</source>
        <translation>Handlungsbedarf: {count}</translation>
    </message>
    <message>
        <source>Delivery estimate</source>
        <translation>Voraussichtliche Zustellung</translation>
    </message>
    <message>
        <source>Tell the customer when it should arrive…</source>
        <translation>Dem Kunden sagen, wann es ankommen sollte…</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n Werktag</numerusform>
            <numerusform>%n Werktage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{low}–%n working day(s)</source>
        <translation>
            <numerusform>{low}–%n Werktag</numerusform>
            <numerusform>{low}–%n Werktagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) or more</source>
        <translation>
            <numerusform>%n Werktag oder mehr</numerusform>
            <numerusform>%n Werktage oder mehr</numerusform>
        </translation>
    </message>
    <message>
        <source>this carrier</source>
        <translation>diesem Versanddienst</translation>
    </message>
    <message numerus="yes">
        <source>Too few of your parcels to {country} with {carrier} for an estimate yet (%n so far; {needed} are needed).</source>
        <translation>
            <numerusform>Noch zu wenige Ihrer Pakete nach {country} mit {carrier} für eine Schätzung (bisher %n; {needed} sind nötig).</numerusform>
            <numerusform>Noch zu wenige Ihrer Pakete nach {country} mit {carrier} für eine Schätzung (bisher %n; {needed} sind nötig).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Usually delivered in {window} to {country} with {carrier} (based on %n of your parcels).</source>
        <translation>
            <numerusform>Üblicherweise in {window} nach {country} mit {carrier} zugestellt (aus %n Ihrer Pakete).</numerusform>
            <numerusform>Üblicherweise in {window} nach {country} mit {carrier} zugestellt (aus %n Ihrer Pakete).</numerusform>
        </translation>
    </message>
    <message>
        <source>Late: it was expected by {date}. The customer may ask where it is.</source>
        <translation>Verspätet: Es wurde bis {date} erwartet. Der Kunde fragt vielleicht, wo es ist.</translation>
    </message>
    <message>
        <source>Expected by {date}.</source>
        <translation>Erwartet bis {date}.</translation>
    </message>
    <message>
        <source>{country} · {carrier}</source>
        <translation>{country} · {carrier}</translation>
    </message>
    <message numerus="yes">
        <source>Too few delivered parcels for figures yet: %n so far.</source>
        <translation>
            <numerusform>Noch zu wenige zugestellte Pakete für Zahlen: bisher %n.</numerusform>
            <numerusform>Noch zu wenige zugestellte Pakete für Zahlen: bisher %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Half of your %n delivered parcels arrived within {median} working days, nine in ten within {p90}; {share} arrived within their usual time.</source>
        <translation>
            <numerusform>Die Hälfte Ihrer %n zugestellten Pakete kam in {median} Werktagen an, neun von zehn in {p90}; {share} kamen in der üblichen Zeit an.</numerusform>
            <numerusform>Die Hälfte Ihrer %n zugestellten Pakete kam in {median} Werktagen an, neun von zehn in {p90}; {share} kamen in der üblichen Zeit an.</numerusform>
        </translation>
    </message>
    <message>
        <source>No parcel over TPOP&apos;s 21-day support limit.</source>
        <translation>Kein Paket über der 21-Tage-Grenze des TPOP-Supports.</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) delivered after more than 21 days or still travelling: TPOP&apos;s support handles them.</source>
        <translation>
            <numerusform>%n Paket nach über 21 Tagen zugestellt oder noch unterwegs: Der TPOP-Support kümmert sich darum.</numerusform>
            <numerusform>%n Pakete nach über 21 Tagen zugestellt oder noch unterwegs: Der TPOP-Support kümmert sich darum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{lane}: {recent} working days this month against {usual} usually (%n parcels)</source>
        <translation>
            <numerusform>{lane}: {recent} Werktage diesen Monat gegenüber {usual} üblicherweise (%n Paket)</numerusform>
            <numerusform>{lane}: {recent} Werktage diesen Monat gegenüber {usual} üblicherweise (%n Pakete)</numerusform>
        </translation>
    </message>
    <message>
        <source>No delivered parcel for {what}.</source>
        <translation>Kein zugestelltes Paket für {what}.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivered parcel(s) for {what}; most took {days} ({count}).</source>
        <translation>
            <numerusform>%n zugestelltes Paket für {what}; die meisten brauchten {days} ({count}).</numerusform>
            <numerusform>%n zugestellte Pakete für {what}; die meisten brauchten {days} ({count}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Too few deliveries per week for a trend.</source>
        <translation>Zu wenige Zustellungen pro Woche für einen Trend.</translation>
    </message>
    <message>
        <source>Median transit per week of delivery: {first} working days in the week of {start}, {last} in the week of {end}.</source>
        <translation>Mediane Laufzeit pro Zustellwoche: {first} Werktage in der Woche vom {start}, {last} in der Woche vom {end}.</translation>
    </message>
    <message>
        <source>{days}+</source>
        <translation>{days}+</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>TPOP Desktop cannot use its folder {folder}: {reason}. Check that it can be written to.</source>
        <translation>TPOP Desktop kann seinen Ordner {folder} nicht verwenden: {reason}. Prüfen Sie, ob er beschreibbar ist.</translation>
    </message>
    <message>
        <source>TPOP Desktop cannot start</source>
        <translation>TPOP Desktop kann nicht starten</translation>
    </message>
</context>
<context>
    <name>BlockReason</name>
    <message>
        <source>unknown reason</source>
        <translation>Grund unbekannt</translation>
    </message>
    <message>
        <source>payment failed</source>
        <translation>Zahlung fehlgeschlagen</translation>
    </message>
    <message>
        <source>address problem</source>
        <translation>Adressproblem</translation>
    </message>
    <message>
        <source>print file problem</source>
        <translation>Druckdateiproblem</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Needs attention: this order is blocked</source>
        <translation>Handlungsbedarf: Diese Bestellung ist blockiert</translation>
    </message>
    <message>
        <source>Needs attention: late, usually delivered by {date}</source>
        <translation>Handlungsbedarf: verspätet, üblicherweise bis {date} zugestellt</translation>
    </message>
    <message>
        <source>Needs attention: shipped over 21 days ago and not delivered</source>
        <translation>Handlungsbedarf: vor über 21 Tagen versendet und nicht zugestellt</translation>
    </message>
    <message>
        <source>{date} · late</source>
        <translation>{date} · verspätet</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Zielort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>Shop check</source>
        <translation>Shop-Prüfung</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Paketdienst</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>Erwartet bis</translation>
    </message>
</context>
<context>
    <name>Parcel</name>
    <message>
        <source>Label created</source>
        <translation>Etikett erstellt</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>In Zustellung</translation>
    </message>
    <message>
        <source>Waiting for pickup</source>
        <translation>Wartet auf Abholung</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zustelldatum</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation>Zustellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Held at customs</source>
        <translation>Beim Zoll</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>An den Absender zurückgesandt</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>Shopify</source>
        <translation>Shopify</translation>
    </message>
    <message>
        <source>WooCommerce</source>
        <translation>WooCommerce</translation>
    </message>
    <message>
        <source>Etsy</source>
        <translation>Etsy</translation>
    </message>
    <message>
        <source>TPOP shop</source>
        <translation>TPOP-Shop</translation>
    </message>
    <message>
        <source>Manual order</source>
        <translation>Manuelle Bestellung</translation>
    </message>
</context>
<context>
    <name>ShopPlatform</name>
    <message>
        <source>Shop domain</source>
        <translation>Shop-Domain</translation>
    </message>
    <message>
        <source>Admin API access token</source>
        <translation>Admin-API-Zugriffstoken</translation>
    </message>
    <message>
        <source>Site URL</source>
        <translation>Website-URL</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Consumer Key</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Consumer Secret</translation>
    </message>
    <message>
        <source>Etsy API address</source>
        <translation>Adresse der Etsy-API</translation>
    </message>
    <message>
        <source>Keystring</source>
        <translation>Keystring</translation>
    </message>
    <message>
        <source>Shared secret</source>
        <translation>Shared Secret</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>In Produktion</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>TPOP received the order. You are not charged yet and can still change or cancel it.</source>
        <translation>TPOP hat die Bestellung erhalten. Sie wurde Ihnen noch nicht berechnet und Sie können sie noch ändern oder stornieren.</translation>
    </message>
    <message>
        <source>In production: you have been charged and the order can no longer be changed or cancelled. It ships 2 to 7 working days after entering production.</source>
        <translation>In Produktion: Die Bestellung wurde Ihnen berechnet und kann nicht mehr geändert oder storniert werden. Sie wird 2 bis 7 Werktage nach Produktionsbeginn versendet.</translation>
    </message>
    <message>
        <source>On hold: TPOP is waiting for you to fix a payment, address or visual problem.</source>
        <translation>Angehalten: TPOP wartet darauf, dass Sie ein Zahlungs-, Adress- oder Motivproblem beheben.</translation>
    </message>
    <message>
        <source>TPOP packed and shipped it and told your customer. The tracking number is below.</source>
        <translation>TPOP hat sie verpackt und versendet und Ihren Kunden informiert. Die Sendungsnummer steht unten.</translation>
    </message>
    <message>
        <source>The carrier&apos;s tracking says the parcel was delivered.</source>
        <translation>Laut Sendungsverfolgung des Versanddienstleisters wurde das Paket zugestellt.</translation>
    </message>
    <message>
        <source>Cancelled before production. Nothing was charged.</source>
        <translation>Vor der Produktion storniert. Es wurde nichts berechnet.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>the app&apos;s data folder</source>
        <translation>der Datenordner der App</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full: free some space, then sync again.</source>
        <translation>Der Datenträger mit {folder} ist voll: Schaffen Sie Platz und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>{folder} cannot be written: check its permissions (or that the disk is not read-only).</source>
        <translation>In {folder} kann nicht geschrieben werden: Prüfen Sie die Berechtigungen (oder ob der Datenträger schreibgeschützt ist).</translation>
    </message>
    <message>
        <source>Another program is using the order database in {folder}: close it, then sync again.</source>
        <translation>Ein anderes Programm verwendet die Bestelldatenbank in {folder}: Schließen Sie es und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>The order database in {folder} is damaged: restart TPOP Desktop to rebuild it.</source>
        <translation>Die Bestelldatenbank in {folder} ist beschädigt: Starten Sie TPOP Desktop neu, um sie neu aufzubauen.</translation>
    </message>
    <message>
        <source>The order database in {folder} could not be written.</source>
        <translation>Die Bestelldatenbank in {folder} konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>TPOP cannot be reached. Check your connection.</source>
        <translation>TPOP ist nicht erreichbar. Prüfen Sie Ihre Verbindung.</translation>
    </message>
    <message>
        <source>TPOP&apos;s server had a problem.</source>
        <translation>Der TPOP-Server hatte ein Problem.</translation>
    </message>
    <message>
        <source>TPOP asked the app to slow down.</source>
        <translation>TPOP hat die App gebeten, langsamer zu machen.</translation>
    </message>
    <message>
        <source>TPOP rejected your token. Reconnect your account to resume syncing.</source>
        <translation>TPOP hat Ihr Token abgelehnt. Verbinden Sie Ihr Konto erneut, um die Synchronisierung fortzusetzen.</translation>
    </message>
    <message>
        <source>Your token is not allowed to read orders. Reconnect with another token.</source>
        <translation>Ihr Token darf keine Bestellungen lesen. Verbinden Sie sich mit einem anderen Token neu.</translation>
    </message>
    <message>
        <source>TPOP sent an answer the app cannot read. Your stored orders are unchanged.</source>
        <translation>TPOP hat eine Antwort gesendet, die die App nicht lesen kann. Ihre gespeicherten Bestellungen sind unverändert.</translation>
    </message>
    <message>
        <source>TPOP sent far more data than one sync can hold; nothing was changed. The app tries again in an hour.</source>
        <translation>TPOP hat weit mehr Daten gesendet, als eine Synchronisierung aufnehmen kann; nichts wurde geändert. Die App versucht es in einer Stunde erneut.</translation>
    </message>
    <message>
        <source>The local order file could not be written. Your orders are unchanged.</source>
        <translation>Die lokale Bestelldatei konnte nicht geschrieben werden. Ihre Bestellungen sind unverändert.</translation>
    </message>
</context>
</TS>
