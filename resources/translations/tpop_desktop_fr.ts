<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>Reading your token from the keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your TPOP token is no longer in the keyring. Showing your stored orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your keyring is locked: showing your stored orders without syncing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock keyring to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing your stored orders without syncing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter token for this session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your token is kept for this session only: you will be asked for it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOP rejected your token, so syncing has stopped. Your stored orders are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of this TPOP account? Its token is removed from the keyring and the orders stored on this computer are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out, but the token could not be removed from the keyring: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOP Desktop (demo account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order database cannot be opened: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order database was damaged; it was set aside and is being rebuilt from TPOP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOP Desktop · {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOP Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOP Desktop keeps running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOP Desktop keeps syncing in the tray and tells you when orders ship or get blocked. Use Quit in the tray menu to stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t show this again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOP rejected this token. Check that you copied all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token is not allowed to read orders. Create a token with access to orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOP asked the app to slow down. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOP cannot be reached. Check your internet connection and the API address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOP&apos;s server had a problem. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address or token cannot be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from this address was not understood. Check the API address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your keyring is locked. Unlock it (for example by logging in again), then click Save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no secure password storage (keyring), so the token cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only password storage available here keeps secrets unencrypted, so the token is not saved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring failed. See the log for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring did not answer. An unlock prompt may be waiting on your screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your TPOP account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API token from your TPOP dashboard. It is kept in your system&apos;s keyring, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your API token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to {name} ({email}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the token in your keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOP Desktop hit a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside TPOP Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app keeps running and your stored orders are safe. If something looks wrong, restart it. To report the problem, copy the report below and send it to the TPOP Desktop maintainers; it contains no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({count} earlier error reports not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking may not be active yet: activation can take up to 48 working hours after shipping (expected by {when}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking can lag behind the parcel: it may already be in the letterbox while the tracking still says it was just picked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped {days} days ago and still not delivered: you can now contact TPOP support about this parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment failed. Update your card or top up your TPOP wallet, then click &quot;Retry payment&quot; on the TPOP orders page. It can take 1 to 2 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank code: {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address problem. Correct the shipping address in the TPOP dashboard, then tell TPOP that it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print file problem. Fix the visual, then resubmit the order to production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOP put this order on hold. Open it in the TPOP dashboard to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking TPOP to restart production before fixing the cause is useless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not charged yet: you can still change or cancel it in the TPOP dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged: it can no longer be cancelled. It ships 2 to 7 working days after entering production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your customer says it never arrived: the carrier&apos;s tracking is authoritative. The parcel is often with a neighbour or at the post office (tracking number and an identity document).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, my order {reference} (tracking number {tracking}) was shipped on {date} and has not been delivered. Could you look into it? Thank you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact TPOP support (copies a ready message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an order to see its tracking and what to do next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{quantity} × {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shipped yet: the tracking number appears here once TPOP ships the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track with {operator} ({country})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track with {operator}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(opens the page and copies the number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The French post&apos;s tracking often stops at the border: {operator} continues it in {country}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier&apos;s own tracking page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{carrier}, shipped {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tracking page is known for this carrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International postal number issued by the post of {country}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number fails its check digit: it was probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it without spaces: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen, {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped with tracking number {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered according to the carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed from {old} to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked orders, and parcels shipped more than {days} days ago that are still not delivered. Select one to see what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: order, customer, e-mail, tracking number, city, postcode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only {status} orders (click again to show all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the orders where you need to do something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived orders are hidden unless you search for them or tick this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the latest orders from TPOP now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a TPOP account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing orders as of {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing with TPOP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date. Last synced at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) could not be read and were skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: showing orders as of {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: no orders synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {reference} shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{carrier} {number} to {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {reference} is blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {reference} was delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered to {city}, {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {shop}, for {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order update(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with TPOP every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language (after a restart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me when an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gets blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrives (new order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open TPOP Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to TPOP Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See every TPOP order at once, follow each parcel with the right tracking link, and know what to do when an order is blocked or late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your TPOP account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered, but the customer never got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tracking update for 21 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer says not received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier&apos;s tracking is authoritative: once a parcel is marked delivered, no claim is possible and TPOP does not reship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOP support looks into a parcel shipped more than 21 days ago; it is reshipped or refunded only once the carrier officially declares it lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parcel returned for a wrong address can be reshipped for a fee; it is not refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what the carrier&apos;s tracking says, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer to check with the neighbours and the post office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact TPOP support with the tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the carrier declares the parcel lost, or it turns up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the shipping address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer for the full address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the carrier&apos;s page, and the destination post&apos;s page if the parcel crossed a border.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcels are often left with a neighbour, or at the nearest post office when the letterbox is not standard or the parcel does not fit. The customer collects it with the tracking number and an identity document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the order&apos;s &quot;Support for this order&quot; button in the TPOP dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOP reships or refunds only after the carrier&apos;s official verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the address in your shop with the one TPOP shipped to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street, house number, flat, postcode, town, country and the name on the letterbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the customer still could not collect it, the decision is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parcel turned up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reship at my cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared lost: TPOP reships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared lost: TPOP refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reship for a fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parcel turned up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused, no new parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reshipped at your cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared lost, reshipped by TPOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared lost, refunded by TPOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reshipped for a fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check with the neighbours and the post office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new parcel can be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A replacement is on its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are looking into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please confirm your address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened in the mail app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>TPOP Desktop cannot use its folder {folder}: {reason}. Check that it can be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOP Desktop cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockReason</name>
    <message>
        <source>unknown reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print file problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Needs attention: this order is blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention: shipped over 21 days ago and not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>Shopify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WooCommerce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Etsy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOP shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOP received the order. You are not charged yet and can still change or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In production: you have been charged and the order can no longer be changed or cancelled. It ships 2 to 7 working days after entering production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold: TPOP is waiting for you to fix a payment, address or visual problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOP packed and shipped it and told your customer. The tracking number is below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier&apos;s tracking says the parcel was delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before production. Nothing was charged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>TPOP cannot be reached. Check your connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOP&apos;s server had a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOP asked the app to slow down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOP rejected your token. Reconnect your account to resume syncing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your token is not allowed to read orders. Reconnect with another token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOP sent an answer the app cannot read. Your stored orders are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local order file could not be written. Your orders are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
