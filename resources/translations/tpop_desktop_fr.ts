<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>Reading your token from the keyring…</source>
        <translation>Lecture de votre jeton dans le trousseau…</translation>
    </message>
    <message>
        <source>Your TPOP token is no longer in the keyring. Showing your stored orders.</source>
        <translation>Votre jeton TPOP ne se trouve plus dans le trousseau. Affichage de vos commandes enregistrées.</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Se reconnecter…</translation>
    </message>
    <message>
        <source>Your keyring is locked: showing your stored orders without syncing.</source>
        <translation>Votre trousseau est verrouillé&#xa0;: affichage de vos commandes enregistrées, sans synchronisation.</translation>
    </message>
    <message>
        <source>Unlock keyring to sync</source>
        <translation>Déverrouiller le trousseau pour synchroniser</translation>
    </message>
    <message>
        <source>Showing your stored orders without syncing.</source>
        <translation>Affichage de vos commandes enregistrées, sans synchronisation.</translation>
    </message>
    <message>
        <source>Enter token for this session…</source>
        <translation>Saisir un jeton pour cette session…</translation>
    </message>
    <message>
        <source>Your token is kept for this session only: you will be asked for it again next time.</source>
        <translation>Votre jeton n&apos;est conservé que pour cette session&#xa0;: il vous sera redemandé la prochaine fois.</translation>
    </message>
    <message>
        <source>TPOP rejected your token, so syncing has stopped. Your stored orders are shown.</source>
        <translation>TPOP a refusé votre jeton&#xa0;: la synchronisation est arrêtée. Vos commandes enregistrées restent affichées.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Sign out of this TPOP account? Its token is removed from the keyring and the orders stored on this computer are deleted.</source>
        <translation>Se déconnecter de ce compte TPOP&#xa0;? Son jeton sera retiré du trousseau et les commandes enregistrées sur cet ordinateur seront supprimées.</translation>
    </message>
    <message>
        <source>Signed out, but the token could not be removed from the keyring: {reason}</source>
        <translation>Vous êtes déconnecté, mais le jeton n&apos;a pas pu être retiré du trousseau&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>TPOP Desktop (demo account)</source>
        <translation>TPOP Desktop (compte de démonstration)</translation>
    </message>
    <message>
        <source>Opening your orders…</source>
        <translation>Ouverture de vos commandes…</translation>
    </message>
    <message>
        <source>No order matches the search and filters.</source>
        <translation>Aucune commande ne correspond à la recherche et aux filtres.</translation>
    </message>
    <message>
        <source>No orders yet: they appear here after the first sync.</source>
        <translation>Pas encore de commandes&#xa0;: elles apparaissent ici après la première synchronisation.</translation>
    </message>
    <message numerus="yes">
        <source>%n paid shop order(s) missing in TPOP</source>
        <translation>
            <numerusform>%n commande payée de boutique absente de TPOP</numerusform>
            <numerusform>%n commandes payées de boutique absentes de TPOP</numerusform>
        </translation>
    </message>
    <message>
        <source>The order database cannot be opened: {error}</source>
        <translation>Impossible d&apos;ouvrir la base des commandes&#xa0;: {error}</translation>
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
        <translation>Suivi transporteur</translation>
    </message>
    <message>
        <source>The new language is used from the next start of TPOP Desktop: quit it from the tray or the File menu, then start it again.</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage de TPOP Desktop&#xa0;: quittez-le depuis la zone de notification ou le menu Fichier, puis relancez-le.</translation>
    </message>
    <message>
        <source>TPOP Desktop keeps running</source>
        <translation>TPOP Desktop reste ouvert</translation>
    </message>
    <message>
        <source>TPOP Desktop keeps syncing in the tray and tells you when orders ship or get blocked. Use Quit in the tray menu to stop it.</source>
        <translation>TPOP Desktop continue de synchroniser depuis la zone de notification et vous prévient quand des commandes sont expédiées ou bloquées. Pour l&apos;arrêter, choisissez «&#xa0;Quitter&#xa0;» dans le menu de son icône.</translation>
    </message>
    <message>
        <source>Don&apos;t show this again</source>
        <translation>Ne plus afficher ce message</translation>
    </message>
    <message>
        <source>TPOP rejected this token. Check that you copied all of it.</source>
        <translation>TPOP a refusé ce jeton. Vérifiez que vous l&apos;avez copié en entier.</translation>
    </message>
    <message>
        <source>This token is not allowed to read orders. Create a token with access to orders.</source>
        <translation>Ce jeton n&apos;a pas le droit de lire les commandes. Créez un jeton avec accès aux commandes.</translation>
    </message>
    <message>
        <source>TPOP asked the app to slow down. Try again in a minute.</source>
        <translation>TPOP a demandé à l&apos;application de ralentir. Réessayez dans une minute.</translation>
    </message>
    <message>
        <source>TPOP cannot be reached. Check your internet connection and the API address.</source>
        <translation>Impossible de joindre TPOP. Vérifiez votre connexion Internet et l&apos;adresse de l&apos;API.</translation>
    </message>
    <message>
        <source>TPOP&apos;s server had a problem. Try again in a few minutes.</source>
        <translation>Le serveur de TPOP a rencontré un problème. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>This address or token cannot be used: {reason}</source>
        <translation>Cette adresse ou ce jeton ne peut pas être utilisé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The answer from this address was not understood. Check the API address.</source>
        <translation>La réponse de cette adresse n&apos;a pas été comprise. Vérifiez l&apos;adresse de l&apos;API.</translation>
    </message>
    <message>
        <source>Your keyring is locked. Unlock it (for example by logging in again), then click Save again.</source>
        <translation>Votre trousseau est verrouillé. Déverrouillez-le (par exemple en rouvrant votre session), puis cliquez à nouveau sur Enregistrer.</translation>
    </message>
    <message>
        <source>This computer has no secure password storage (keyring), so the token cannot be saved.</source>
        <translation>Cet ordinateur n&apos;a pas de stockage sécurisé des mots de passe (trousseau)&#xa0;: le jeton ne peut donc pas être enregistré.</translation>
    </message>
    <message>
        <source>The only password storage available here keeps secrets unencrypted, so the token is not saved there.</source>
        <translation>Le seul stockage de mots de passe disponible ici conserve les secrets sans chiffrement&#xa0;: le jeton n&apos;y est donc pas enregistré.</translation>
    </message>
    <message>
        <source>The keyring failed. See the log for details.</source>
        <translation>Le trousseau a rencontré une erreur. Consultez le journal pour plus de détails.</translation>
    </message>
    <message>
        <source>The keyring did not answer. An unlock prompt may be waiting on your screen.</source>
        <translation>Le trousseau n&apos;a pas répondu. Une demande de déverrouillage attend peut-être sur votre écran.</translation>
    </message>
    <message>
        <source>Connect your TPOP account</source>
        <translation>Connecter votre compte TPOP</translation>
    </message>
    <message>
        <source>Paste the API token from your TPOP dashboard. It is kept in your system&apos;s keyring, never in a file.</source>
        <translation>Collez le jeton d&apos;API de votre tableau de bord TPOP. Il est conservé dans le trousseau de votre système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresse de l&apos;API</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>Utiliser pour cette session uniquement</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Paste your API token first.</source>
        <translation>Collez d&apos;abord votre jeton d&apos;API.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Connected to {name} ({email}).</source>
        <translation>Connecté à {name} ({email}).</translation>
    </message>
    <message>
        <source>Saving the token in your keyring…</source>
        <translation>Enregistrement du jeton dans votre trousseau…</translation>
    </message>
    <message>
        <source>TPOP Desktop hit a problem</source>
        <translation>TPOP Desktop a rencontré un problème</translation>
    </message>
    <message>
        <source>Something went wrong inside TPOP Desktop</source>
        <translation>Une erreur s&apos;est produite dans TPOP Desktop</translation>
    </message>
    <message>
        <source>The app keeps running and your stored orders are safe. If something looks wrong, restart it. To report the problem, copy the report below and send it to the TPOP Desktop maintainers; it contains no token.</source>
        <translation>L&apos;application continue de fonctionner et vos commandes enregistrées sont en sécurité. Si quelque chose vous semble anormal, redémarrez-la. Pour signaler le problème, copiez le rapport ci-dessous et envoyez-le aux responsables de TPOP Desktop&#xa0;; il ne contient aucun jeton.</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <source>({count} earlier error reports not shown)</source>
        <translation>({count} rapports d&apos;erreur précédents non affichés)</translation>
    </message>
    <message>
        <source>Tracking may not be active yet: activation can take up to 48 working hours after shipping (expected by {when}).</source>
        <translation>Le suivi n&apos;est peut-être pas encore actif&#xa0;: son activation peut prendre jusqu&apos;à 48 heures ouvrées après l&apos;expédition (prévue au plus tard le {when}).</translation>
    </message>
    <message>
        <source>Tracking can lag behind the parcel: it may already be in the letterbox while the tracking still says it was just picked up.</source>
        <translation>Le suivi peut être en retard sur le colis&#xa0;: celui-ci est peut-être déjà dans la boîte aux lettres alors que le suivi indique encore sa prise en charge.</translation>
    </message>
    <message>
        <source>Shipped {days} days ago and still not delivered: you can now contact TPOP support about this parcel.</source>
        <translation>Expédiée il y a {days} jours et toujours pas livrée&#xa0;: vous pouvez maintenant contacter le support TPOP au sujet de ce colis.</translation>
    </message>
    <message>
        <source>Payment failed. Update your card or top up your TPOP wallet, then click &quot;Retry payment&quot; on the TPOP orders page. It can take 1 to 2 working days.</source>
        <translation>Le paiement a échoué. Mettez à jour votre carte ou rechargez votre portefeuille TPOP, puis cliquez sur «&#xa0;Relancer le paiement&#xa0;» sur la page des commandes TPOP. Cela peut prendre 1 à 2 jours ouvrés.</translation>
    </message>
    <message>
        <source>Bank code: {code}.</source>
        <translation>Code bancaire&#xa0;: {code}.</translation>
    </message>
    <message>
        <source>Address problem. Correct the shipping address in the TPOP dashboard, then tell TPOP that it changed.</source>
        <translation>Problème d&apos;adresse. Corrigez l&apos;adresse de livraison dans le tableau de bord TPOP, puis signalez la modification à TPOP.</translation>
    </message>
    <message>
        <source>Print file problem. Fix the visual, then resubmit the order to production.</source>
        <translation>Problème de fichier d&apos;impression. Corrigez le visuel, puis renvoyez la commande en production.</translation>
    </message>
    <message>
        <source>TPOP put this order on hold. Open it in the TPOP dashboard to see why.</source>
        <translation>TPOP a mis cette commande en attente. Ouvrez-la dans le tableau de bord TPOP pour en connaître la raison.</translation>
    </message>
    <message>
        <source>Asking TPOP to restart production before fixing the cause is useless.</source>
        <translation>Inutile de demander à TPOP de relancer la production avant d&apos;avoir corrigé la cause.</translation>
    </message>
    <message>
        <source>Not charged yet: you can still change or cancel it in the TPOP dashboard.</source>
        <translation>Pas encore facturée&#xa0;: vous pouvez encore la modifier ou l&apos;annuler dans le tableau de bord TPOP.</translation>
    </message>
    <message>
        <source>Charged: it can no longer be cancelled. It ships 2 to 7 working days after entering production.</source>
        <translation>Facturée&#xa0;: elle ne peut plus être annulée. Elle est expédiée 2 à 7 jours ouvrés après son passage en production.</translation>
    </message>
    <message>
        <source>If your customer says it never arrived: the carrier&apos;s tracking is authoritative. The parcel waits at the relay point the tracking names, where the customer collects it (tracking number and an identity document).</source>
        <translation>Si votre client affirme ne jamais l&apos;avoir reçu&#xa0;: le suivi du transporteur fait foi. Le colis attend au point relais indiqué dans le suivi, où le client le retire (numéro de suivi et pièce d&apos;identité).</translation>
    </message>
    <message>
        <source>If your customer says it never arrived: the carrier&apos;s tracking is authoritative. The parcel is often with a neighbour or at the post office (tracking number and an identity document).</source>
        <translation>Si votre client affirme ne jamais l&apos;avoir reçue&#xa0;: le suivi du transporteur fait foi. Le colis est souvent chez un voisin ou au bureau de poste (à retirer avec le numéro de suivi et une pièce d&apos;identité).</translation>
    </message>
    <message>
        <source>Hello, my order {reference} (tracking number {tracking}) was shipped on {date} and has not been delivered. Could you look into it? Thank you.</source>
        <translation>Bonjour, ma commande {reference} (numéro de suivi {tracking}) a été expédiée le {date} et n&apos;a pas été livrée. Pourriez-vous vérifier&#xa0;? Merci.</translation>
    </message>
    <message>
        <source>Contact TPOP support (copies a ready message)</source>
        <translation>Contacter le support TPOP (copie un message tout prêt)</translation>
    </message>
    <message>
        <source>Message for the customer…</source>
        <translation>Message pour le client…</translation>
    </message>
    <message>
        <source>Open the order in the TPOP dashboard</source>
        <translation>Ouvrir la commande dans le tableau de bord TPOP</translation>
    </message>
    <message>
        <source>Open the returned-to-sender case…</source>
        <translation>Ouvrir le dossier « retour à l&apos;expéditeur »…</translation>
    </message>
    <message>
        <source>Select an order to see its tracking and what to do next.</source>
        <translation>Sélectionnez une commande pour voir son suivi et la marche à suivre.</translation>
    </message>
    <message>
        <source>Order {reference}</source>
        <translation>Commande {reference}</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation>{status}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Shop order</source>
        <translation>Commande boutique</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Block reason</source>
        <translation>Motif de blocage</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Shop order number</source>
        <translation>N° de commande boutique</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation>Lien de suivi</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Date d&apos;expédition</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Date de livraison</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Exporting orders…</source>
        <translation>Export des commandes…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>{quantity} × {title}</source>
        <translation>{quantity} × {title}</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>No items</source>
        <translation>Aucun article</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Not shipped yet: the tracking number appears here once TPOP ships the order.</source>
        <translation>Pas encore expédiée&#xa0;: le numéro de suivi apparaîtra ici dès que TPOP aura expédié la commande.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Track with {operator} ({country})</source>
        <translation>Suivre avec {operator} ({country})</translation>
    </message>
    <message>
        <source>Track with {operator}</source>
        <translation>Suivre avec {operator}</translation>
    </message>
    <message>
        <source>{case} · order {reference}</source>
        <translation>{case} · commande {reference}</translation>
    </message>
    <message>
        <source>Order {reference} for {customer}</source>
        <translation>Commande {reference} pour {customer}</translation>
    </message>
    <message>
        <source>Message to the customer</source>
        <translation>Message au client</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Votre note</translation>
    </message>
    <message>
        <source>What the carrier&apos;s tracking says</source>
        <translation>Ce que dit le suivi du transporteur</translation>
    </message>
    <message>
        <source>No shipment is recorded for this order.</source>
        <translation>Aucune expédition n&apos;est enregistrée pour cette commande.</translation>
    </message>
    <message>
        <source>{service} delivered it on {when} in {place}: {words}.</source>
        <translation>{service} l&apos;a livré le {when} à {place}&#xa0;: {words}.</translation>
    </message>
    <message>
        <source>{service} delivered it on {when}: {words}.</source>
        <translation>{service} l&apos;a livré le {when}&#xa0;: {words}.</translation>
    </message>
    <message>
        <source>This is the carrier&apos;s own record of the delivery: it is authoritative.</source>
        <translation>C&apos;est l&apos;enregistrement de la livraison par le transporteur lui-même&#xa0;: il fait foi.</translation>
    </message>
    <message>
        <source>Delivered on {date} according to {carrier}.</source>
        <translation>Livrée le {date} selon {carrier}.</translation>
    </message>
    <message>
        <source>the carrier</source>
        <translation>le transporteur</translation>
    </message>
    <message>
        <source>Not delivered according to {carrier}; shipped on {date}.</source>
        <translation>Non livrée selon {carrier}&#xa0;; expédiée le {date}.</translation>
    </message>
    <message>
        <source>Tracking number: {number}</source>
        <translation>Numéro de suivi&#xa0;: {number}</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>{number}. {step}</source>
        <translation>{number}. {step}</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>If the customer still could not collect the parcel: tell them no new order can be sent, or reship at your own cost.</source>
        <translation>Si le client n&apos;a toujours pas pu récupérer le colis&#xa0;: dites-lui qu&apos;aucune nouvelle commande ne peut être envoyée, ou réexpédiez à vos frais.</translation>
    </message>
    <message>
        <source>Reopen the case</source>
        <translation>Rouvrir le dossier</translation>
    </message>
    <message>
        <source>Withdraw this case…</source>
        <translation>Retirer ce dossier…</translation>
    </message>
    <message>
        <source>Opened by mistake? Forget this case</source>
        <translation>Ouvert par erreur&#xa0;? Oublier ce dossier</translation>
    </message>
    <message>
        <source>The case could not be saved: {error}</source>
        <translation>Le dossier n&apos;a pas pu être enregistré&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Withdraw this case?</source>
        <translation>Retirer ce dossier&#xa0;?</translation>
    </message>
    <message>
        <source>Withdraw the case for order {reference}? It and its steps are forgotten, as if it had never been opened. Messages already sent to the customer stay sent.</source>
        <translation>Retirer le dossier de la commande {reference}&#xa0;? Le dossier et ses étapes sont oubliés, comme s&apos;il n&apos;avait jamais été ouvert. Les messages déjà envoyés au client restent envoyés.</translation>
    </message>
    <message>
        <source>Withdraw the case</source>
        <translation>Retirer le dossier</translation>
    </message>
    <message>
        <source>The case could not be withdrawn: {error}</source>
        <translation>Le dossier n&apos;a pas pu être retiré&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Manual order {reference} was placed, but could not be noted here: {error}</source>
        <translation>La commande manuelle {reference} a été passée, mais n&apos;a pas pu être notée ici&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Decided on {date}: {outcome}.</source>
        <translation>Tranché le {date}&#xa0;: {outcome}.</translation>
    </message>
    <message>
        <source>No decision yet.</source>
        <translation>Pas encore de décision.</translation>
    </message>
    <message>
        <source>(opens the page and copies the number)</source>
        <translation>(ouvre la page et copie le numéro)</translation>
    </message>
    <message>
        <source>The carrier&apos;s own tracking page.</source>
        <translation>La page de suivi du transporteur.</translation>
    </message>
    <message>
        <source>Unknown carrier</source>
        <translation>Transporteur inconnu</translation>
    </message>
    <message>
        <source>{carrier}, shipped {date}</source>
        <translation>{carrier}, expédié le {date}</translation>
    </message>
    <message>
        <source>Delivered {date}</source>
        <translation>Livré le {date}</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>No message to send at this step: tick it once it is done.</source>
        <translation>Aucun message à envoyer à cette étape&#xa0;: cochez-la une fois qu&apos;elle est faite.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Customer&apos;s language</source>
        <translation>Langue du client</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the message text, to paste it in your shop&apos;s messages</source>
        <translation>Copier le texte du message pour le coller dans la messagerie de votre boutique</translation>
    </message>
    <message>
        <source>Open in mail app</source>
        <translation>Ouvrir dans la messagerie</translation>
    </message>
    <message>
        <source>Open a new e-mail to the customer with this message</source>
        <translation>Ouvrir un nouvel e-mail au client avec ce message</translation>
    </message>
    <message>
        <source>Your template file has a problem, so the default text is shown: {details}</source>
        <translation>Votre fichier de modèles pose problème, le texte par défaut est donc affiché&#xa0;: {details}</translation>
    </message>
    <message>
        <source>This template cannot be used: {problem}</source>
        <translation>Ce modèle ne peut pas être utilisé&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>A postal number: the sending post&apos;s tracking often stops at the border, and {operator} continues it in {country}.</source>
        <translation>Un numéro postal&#xa0;: le suivi de la poste d&apos;envoi s&apos;arrête souvent à la frontière, et {operator} le poursuit dans le pays de destination ({country}).</translation>
    </message>
    <message>
        <source>Copy the tracking number</source>
        <translation>Copier le numéro de suivi</translation>
    </message>
    <message>
        <source>No tracking page is known for this carrier.</source>
        <translation>Aucune page de suivi n&apos;est connue pour ce transporteur.</translation>
    </message>
    <message>
        <source>International postal number issued by the post of {country}.</source>
        <translation>Numéro postal international émis par la poste de ce pays&#xa0;: {country}.</translation>
    </message>
    <message>
        <source>This number fails its check digit: it was probably mistyped.</source>
        <translation>La clé de contrôle de ce numéro est fausse&#xa0;: il a probablement été mal saisi.</translation>
    </message>
    <message>
        <source>Use it without spaces: {number}</source>
        <translation>Utilisez-le sans espaces&#xa0;: {number}</translation>
    </message>
    <message>
        <source>First seen, {status}</source>
        <translation>Vue pour la première fois&#xa0;: {status}</translation>
    </message>
    <message>
        <source>Shipped with tracking number {number}</source>
        <translation>Expédiée avec le numéro de suivi {number}</translation>
    </message>
    <message>
        <source>Blocked: {reason}</source>
        <translation>Bloquée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Delivered according to the carrier</source>
        <translation>Livrée selon le transporteur</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Status changed from {old} to {new}</source>
        <translation>Statut passé de «&#xa0;{old}&#xa0;» à «&#xa0;{new}&#xa0;»</translation>
    </message>
    <message>
        <source>Status changed to {new}</source>
        <translation>Statut passé à «&#xa0;{new}&#xa0;»</translation>
    </message>
    <message>
        <source>No history recorded yet.</source>
        <translation>Aucun historique pour le moment.</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Période personnalisée…</translation>
    </message>
    <message>
        <source>Blocked orders, and parcels shipped more than {days} days ago that are still not delivered. Select one to see what to do.</source>
        <translation>Commandes bloquées, et colis expédiés il y a plus de {days} jours et toujours pas livrés. Sélectionnez une ligne pour savoir quoi faire.</translation>
    </message>
    <message>
        <source>Find orders</source>
        <translation>Rechercher des commandes</translation>
    </message>
    <message>
        <source>Search: order, customer, e-mail, tracking number, city, postcode…</source>
        <translation>Rechercher&#xa0;: commande, client, e-mail, numéro de suivi, ville, code postal…</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Rechercher dans les commandes</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>Pays de destination</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Show only {status} orders (click again to show all)</source>
        <translation>Afficher uniquement les commandes au statut «&#xa0;{status}&#xa0;» (cliquez à nouveau pour tout afficher)</translation>
    </message>
    <message>
        <source>Only the orders where you need to do something</source>
        <translation>Uniquement les commandes qui demandent une action de votre part</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Afficher les archivées</translation>
    </message>
    <message>
        <source>Archived orders are hidden unless you search for them or tick this</source>
        <translation>Les commandes archivées sont masquées, sauf si vous les recherchez ou cochez cette case</translation>
    </message>
    <message>
        <source>Only the orders the last notification was about (click to show all)</source>
        <translation>Seulement les commandes de la dernière notification (cliquez pour tout afficher)</translation>
    </message>
    <message>
        <source>Shipped today ✕</source>
        <translation>Expédiées aujourd&apos;hui ✕</translation>
    </message>
    <message>
        <source>Only the orders shipped since midnight (click to show all)</source>
        <translation>Seulement les commandes expédiées depuis minuit (cliquez pour tout afficher)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Show every order again: no search, no chip, no list choice</source>
        <translation>Afficher de nouveau toutes les commandes&#xa0;: sans recherche, sans filtre ni choix de liste</translation>
    </message>
    <message>
        <source>{status} ({count})</source>
        <translation>{status} ({count})</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>{label} ({count})</source>
        <translation>{label} ({count})</translation>
    </message>
    <message numerus="yes">
        <source>{what}: %n order(s) ✕</source>
        <translation>
            <numerusform>{what} : %n commande ✕</numerusform>
            <numerusform>{what} : %n commandes ✕</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the orders behind the figure you clicked (click to show all)</source>
        <translation>Seulement les commandes derrière le chiffre cliqué (cliquez pour tout afficher)</translation>
    </message>
    <message numerus="yes">
        <source>Recent changes (%n) ✕</source>
        <translation>
            <numerusform>Changements récents (%n) ✕</numerusform>
            <numerusform>Changements récents (%n) ✕</numerusform>
        </translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>Toutes les boutiques</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Fetch the latest orders from TPOP now (F5)</source>
        <translation>Récupérer dès maintenant les dernières commandes de TPOP (F5)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>Connect a TPOP account…</source>
        <translation>Connecter un compte TPOP…</translation>
    </message>
    <message>
        <source>Shops…</source>
        <translation>Boutiques…</translation>
    </message>
    <message>
        <source>Delivery insights…</source>
        <translation>Délais de livraison…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Showing orders as of {time}</source>
        <translation>Affichage des commandes au {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing with TPOP…</source>
        <translation>Synchronisation avec TPOP…</translation>
    </message>
    <message>
        <source>Up to date. Last synced at {time}</source>
        <translation>À jour. Dernière synchronisation&#xa0;: {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) could not be read and were skipped</source>
        <translation>
            <numerusform>%n commande illisible a été ignorée</numerusform>
            <numerusform>%n commandes illisibles ont été ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: showing orders as of {time}.</source>
        <translation>Hors ligne&#xa0;: affichage des commandes au {time}.</translation>
    </message>
    <message>
        <source>Offline: no orders synced yet.</source>
        <translation>Hors ligne&#xa0;: aucune commande synchronisée pour le moment.</translation>
    </message>
    <message>
        <source>Retrying in {seconds} s.</source>
        <translation>Nouvel essai dans {seconds} s.</translation>
    </message>
    <message>
        <source>Order {reference} shipped</source>
        <translation>Commande {reference} expédiée</translation>
    </message>
    <message>
        <source>{carrier} {number} to {country}</source>
        <translation>{carrier} {number}, destination&#xa0;: {country}</translation>
    </message>
    <message>
        <source>Order {reference} is blocked</source>
        <translation>Commande {reference} bloquée</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motif&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Order {reference} was delivered</source>
        <translation>Commande {reference} livrée</translation>
    </message>
    <message>
        <source>Delivered to {city}, {country}</source>
        <translation>Livrée à {city}, {country}</translation>
    </message>
    <message>
        <source>New order {reference}</source>
        <translation>Nouvelle commande {reference}</translation>
    </message>
    <message>
        <source>From {shop}, for {customer}</source>
        <translation>Chez {shop}, pour {customer}</translation>
    </message>
    <message numerus="yes">
        <source>%n shipped</source>
        <translation>
            <numerusform>%n expédiée</numerusform>
            <numerusform>%n expédiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n bloquée</numerusform>
            <numerusform>%n bloquées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n livrée</numerusform>
            <numerusform>%n livrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nouvelle</numerusform>
            <numerusform>%n nouvelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order update(s)</source>
        <translation>
            <numerusform>%n mise à jour de commande</numerusform>
            <numerusform>%n mises à jour de commandes</numerusform>
        </translation>
    </message>
    <message>
        <source>{service}: {words}, {place}</source>
        <translation>{service}&#xa0;: {words}, {place}</translation>
    </message>
    <message>
        <source>{service}: {words}</source>
        <translation>{service}&#xa0;: {words}</translation>
    </message>
    <message>
        <source>At {point}</source>
        <translation>À {point}</translation>
    </message>
    <message>
        <source>Order {reference} waits for pickup</source>
        <translation>La commande {reference} attend d&apos;être retirée</translation>
    </message>
    <message>
        <source>Order {reference} is held at customs</source>
        <translation>La commande {reference} est retenue en douane</translation>
    </message>
    <message>
        <source>Order {reference} is back with its sender</source>
        <translation>La commande {reference} est revenue à l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Order {reference} is returning to its sender</source>
        <translation>La commande {reference} retourne à l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Order {reference}: the carrier reports a problem</source>
        <translation>Commande {reference}&#xa0;: le transporteur signale un problème</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for pickup</source>
        <translation>
            <numerusform>%n en attente de retrait</numerusform>
            <numerusform>%n en attente de retrait</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a problem</source>
        <translation>
            <numerusform>%n avec un problème</numerusform>
            <numerusform>%n avec un problème</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n returned to sender</source>
        <translation>
            <numerusform>%n retourné à l&apos;expéditeur</numerusform>
            <numerusform>%n retournés à l&apos;expéditeur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel update(s)</source>
        <translation>
            <numerusform>%n mise à jour de colis</numerusform>
            <numerusform>%n mises à jour de colis</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Show the order</source>
        <translation>Afficher la commande</translation>
    </message>
    <message>
        <source>All history</source>
        <translation>Tout l&apos;historique</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>6 derniers mois</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Dernier %n jour</numerusform>
            <numerusform>%n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery insights</source>
        <translation>Délais de livraison</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Exporter le graphique…</translation>
    </message>
    <message>
        <source>Export figures…</source>
        <translation>Exporter les chiffres…</translation>
    </message>
    <message>
        <source>Show these orders</source>
        <translation>Afficher ces commandes</translation>
    </message>
    <message>
        <source>Every parcel</source>
        <translation>Tous les colis</translation>
    </message>
    <message>
        <source>Show the charts for every parcel again</source>
        <translation>Afficher à nouveau les graphiques pour tous les colis</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Par pays</translation>
    </message>
    <message>
        <source>By carrier</source>
        <translation>Par transporteur</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Trajets</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Trajet</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>9 in 10 within</source>
        <translation>9 sur 10 en</translation>
    </message>
    <message>
        <source>Usually</source>
        <translation>Habituellement</translation>
    </message>
    <message>
        <source>Within usual time</source>
        <translation>Dans le délai habituel</translation>
    </message>
    <message>
        <source>No delivered parcel here yet.</source>
        <translation>Aucun colis livré ici pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Slowest lanes this month</source>
        <translation>Trajets les plus lents ce mois-ci</translation>
    </message>
    <message>
        <source>Over 21 days</source>
        <translation>Plus de 21 jours</translation>
    </message>
    <message>
        <source>Every shop</source>
        <translation>Toutes les boutiques</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;Shop:</source>
        <translation>&amp;Boutique :</translation>
    </message>
    <message>
        <source>Slowest lanes this month, against their own history</source>
        <translation>Trajets les plus lents ce mois-ci, comparés à leur propre historique</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>The figures could not be read: {error}</source>
        <translation>Impossible de lire les chiffres : {error}</translation>
    </message>
    <message>
        <source>Working days from shipping to delivery: {what}</source>
        <translation>Jours ouvrés entre l&apos;expédition et la livraison : {what}</translation>
    </message>
    <message>
        <source>{parcels}: {days}</source>
        <translation>{parcels} : {days}</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n colis</numerusform>
            <numerusform>%n colis</numerusform>
        </translation>
    </message>
    <message>
        <source>{what}: {figure}</source>
        <translation>{what} : {figure}</translation>
    </message>
    <message>
        <source>delivered in {days}</source>
        <translation>livrés en {days}</translation>
    </message>
    <message>
        <source>delivered in the week of {date}</source>
        <translation>livrés la semaine du {date}</translation>
    </message>
    <message>
        <source>Median working days per week: {what}</source>
        <translation>Médiane des jours ouvrés par semaine : {what}</translation>
    </message>
    <message numerus="yes">
        <source>Week of {date}: %n parcel(s), median {median}</source>
        <translation>
            <numerusform>Semaine du {date} : %n colis, médiane {median}</numerusform>
            <numerusform>Semaine du {date} : %n colis, médiane {median}</numerusform>
        </translation>
    </message>
    <message>
        <source>No lane is slower this month than usual.</source>
        <translation>Aucun trajet n&apos;est plus lent que d&apos;habitude ce mois-ci.</translation>
    </message>
    <message>
        <source>too few parcels</source>
        <translation>trop peu de colis</translation>
    </message>
    <message>
        <source>every parcel</source>
        <translation>tous les colis</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <source>tpop-delivery-{date}.png</source>
        <translation>tpop-livraison-{date}.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export the figures to CSV</source>
        <translation>Exporter les chiffres en CSV</translation>
    </message>
    <message>
        <source>tpop-delivery-{date}.csv</source>
        <translation>tpop-livraison-{date}.csv</translation>
    </message>
    <message>
        <source>The image could not be saved to {path}.</source>
        <translation>Impossible d&apos;enregistrer l&apos;image dans {path}.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Median (working days)</source>
        <translation>Médiane (jours ouvrés)</translation>
    </message>
    <message>
        <source>90th percentile (working days)</source>
        <translation>90e centile (jours ouvrés)</translation>
    </message>
    <message>
        <source>Usual window (working days)</source>
        <translation>Délai habituel (jours ouvrés)</translation>
    </message>
    <message>
        <source>The figures could not be saved: {error}</source>
        <translation>Impossible d&apos;enregistrer les chiffres : {error}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sync with TPOP every</source>
        <translation>Synchroniser avec TPOP toutes les</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language (after a restart)</source>
        <translation>Langue (après redémarrage)</translation>
    </message>
    <message>
        <source>Notify me when an order</source>
        <translation>M&apos;avertir quand une commande</translation>
    </message>
    <message>
        <source>ships</source>
        <translation>est expédiée</translation>
    </message>
    <message>
        <source>gets blocked</source>
        <translation>est bloquée</translation>
    </message>
    <message>
        <source>is delivered</source>
        <translation>est livrée</translation>
    </message>
    <message>
        <source>arrives (new order)</source>
        <translation>arrive (nouvelle commande)</translation>
    </message>
    <message>
        <source>waits for pickup (carrier tracking)</source>
        <translation>attend d&apos;être retirée (suivi transporteur)</translation>
    </message>
    <message>
        <source>is held at customs or has a problem (carrier tracking)</source>
        <translation>est retenue en douane ou a un problème (suivi transporteur)</translation>
    </message>
    <message>
        <source>is returned to its sender (carrier tracking)</source>
        <translation>retourne à l&apos;expéditeur (suivi transporteur)</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Rester actif dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Open TPOP Desktop</source>
        <translation>Ouvrir TPOP Desktop</translation>
    </message>
    <message>
        <source>Open the order</source>
        <translation>Ouvrir la commande</translation>
    </message>
    <message>
        <source>Pause notifications</source>
        <translation>Suspendre les notifications</translation>
    </message>
    <message>
        <source>Welcome to TPOP Desktop</source>
        <translation>Bienvenue dans TPOP Desktop</translation>
    </message>
    <message>
        <source>See every TPOP order at once, follow each parcel with the right tracking link, and know what to do when an order is blocked or late.</source>
        <translation>Voyez toutes vos commandes TPOP d&apos;un coup d&apos;œil, suivez chaque colis avec le bon lien de suivi et sachez quoi faire quand une commande est bloquée ou en retard.</translation>
    </message>
    <message>
        <source>Connect your TPOP account…</source>
        <translation>Connecter votre compte TPOP…</translation>
    </message>
    <message>
        <source>Connect your shops…</source>
        <translation>Connecter vos boutiques…</translation>
    </message>
    <message>
        <source>Shopify, WooCommerce or Etsy: see the orders with TPOP products and their tracking, read from your shops, without a TPOP token.</source>
        <translation>Shopify, WooCommerce ou Etsy&#xa0;: voyez les commandes de produits TPOP et leur suivi, lus dans vos boutiques, sans jeton TPOP.</translation>
    </message>
    <message>
        <source>Try the demo account</source>
        <translation>Essayer le compte de démonstration</translation>
    </message>
    <message>
        <source>Delivered, but the customer never got it</source>
        <translation>Livrée, mais le client ne l&apos;a jamais reçue</translation>
    </message>
    <message>
        <source>No tracking update for 21 days</source>
        <translation>Aucune mise à jour du suivi depuis 21 jours</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>Retour à l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Customer says not received</source>
        <translation>Client&#xa0;: colis non reçu</translation>
    </message>
    <message>
        <source>The carrier&apos;s tracking is authoritative: once a parcel is marked delivered, no claim is possible and TPOP does not reship.</source>
        <translation>Le suivi du transporteur fait foi&#xa0;: une fois un colis indiqué comme livré, aucune réclamation n&apos;est possible et TPOP ne réexpédie pas.</translation>
    </message>
    <message>
        <source>TPOP support looks into a parcel shipped more than 21 days ago; it is reshipped or refunded only once the carrier officially declares it lost.</source>
        <translation>Le support TPOP examine les colis expédiés il y a plus de 21 jours&#xa0;; un colis n&apos;est réexpédié ou remboursé qu&apos;une fois déclaré officiellement perdu par le transporteur.</translation>
    </message>
    <message>
        <source>A parcel returned for a wrong address can be reshipped for a fee; it is not refunded.</source>
        <translation>Un colis retourné pour adresse erronée peut être réexpédié moyennant des frais&#xa0;; il n&apos;est pas remboursé.</translation>
    </message>
    <message>
        <source>Ask the customer to check with the relay point</source>
        <translation>Demander au client de se renseigner auprès du point relais</translation>
    </message>
    <message>
        <source>Check what the carrier&apos;s tracking says, and when</source>
        <translation>Vérifier ce que dit le suivi du transporteur, et depuis quand</translation>
    </message>
    <message>
        <source>Ask the customer to check with the neighbours and the post office</source>
        <translation>Demander au client de se renseigner auprès des voisins et du bureau de poste</translation>
    </message>
    <message>
        <source>Contact TPOP support with the tracking number</source>
        <translation>Contacter le support TPOP avec le numéro de suivi</translation>
    </message>
    <message>
        <source>Wait until the carrier declares the parcel lost, or it turns up</source>
        <translation>Attendre que le transporteur déclare le colis perdu, ou que celui-ci soit retrouvé</translation>
    </message>
    <message>
        <source>Check the shipping address</source>
        <translation>Vérifier l&apos;adresse de livraison</translation>
    </message>
    <message>
        <source>Ask the customer for the full address</source>
        <translation>Demander l&apos;adresse complète au client</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Décider</translation>
    </message>
    <message>
        <source>The parcel waits at the relay point named in the carrier&apos;s tracking. The customer collects it there with the tracking number and an identity document, before the relay point sends it back.</source>
        <translation>Le colis attend au point relais indiqué dans le suivi du transporteur. Le client le retire avec le numéro de suivi et une pièce d&apos;identité, avant que le point relais ne le renvoie.</translation>
    </message>
    <message>
        <source>Open the carrier&apos;s page, and the destination post&apos;s page if the parcel crossed a border.</source>
        <translation>Ouvrez la page du transporteur, et celle de la poste du pays de destination si le colis a passé une frontière.</translation>
    </message>
    <message>
        <source>Parcels are often left with a neighbour, or at the nearest post office when the letterbox is not standard or the parcel does not fit. The customer collects it with the tracking number and an identity document.</source>
        <translation>Les colis sont souvent déposés chez un voisin, ou au bureau de poste le plus proche quand la boîte aux lettres n&apos;est pas normalisée ou que le colis n&apos;y entre pas. Le client le retire avec le numéro de suivi et une pièce d&apos;identité.</translation>
    </message>
    <message>
        <source>Use the order&apos;s &quot;Support for this order&quot; button in the TPOP dashboard.</source>
        <translation>Utilisez le bouton «&#xa0;Support pour cette commande&#xa0;» de la commande dans le tableau de bord TPOP.</translation>
    </message>
    <message>
        <source>TPOP reships or refunds only after the carrier&apos;s official verdict.</source>
        <translation>TPOP ne réexpédie ou ne rembourse qu&apos;après le verdict officiel du transporteur.</translation>
    </message>
    <message>
        <source>Compare the address in your shop with the one TPOP shipped to.</source>
        <translation>Comparez l&apos;adresse enregistrée dans votre boutique avec celle à laquelle TPOP a expédié le colis.</translation>
    </message>
    <message>
        <source>Street, house number, flat, postcode, town, country and the name on the letterbox.</source>
        <translation>Rue, numéro, appartement, code postal, ville, pays et nom sur la boîte aux lettres.</translation>
    </message>
    <message>
        <source>If the customer still could not collect it, the decision is yours.</source>
        <translation>Si le client n&apos;a toujours pas pu le récupérer, la décision vous appartient.</translation>
    </message>
    <message>
        <source>The parcel turned up</source>
        <translation>Le colis a été retrouvé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Reship at my cost</source>
        <translation>Réexpédier à mes frais</translation>
    </message>
    <message>
        <source>Declared lost: TPOP reships</source>
        <translation>Déclaré perdu&#xa0;: TPOP réexpédie</translation>
    </message>
    <message>
        <source>Declared lost: TPOP refunds</source>
        <translation>Déclaré perdu&#xa0;: TPOP rembourse</translation>
    </message>
    <message>
        <source>Reship for a fee</source>
        <translation>Réexpédier moyennant des frais</translation>
    </message>
    <message>
        <source>the parcel turned up</source>
        <translation>le colis a été retrouvé</translation>
    </message>
    <message>
        <source>refused, no new parcel</source>
        <translation>refusé, pas de nouveau colis</translation>
    </message>
    <message>
        <source>reshipped at your cost</source>
        <translation>réexpédié à vos frais</translation>
    </message>
    <message>
        <source>declared lost, reshipped by TPOP</source>
        <translation>déclaré perdu, réexpédié par TPOP</translation>
    </message>
    <message>
        <source>declared lost, refunded by TPOP</source>
        <translation>déclaré perdu, remboursé par TPOP</translation>
    </message>
    <message>
        <source>reshipped for a fee</source>
        <translation>réexpédié moyennant des frais</translation>
    </message>
    <message>
        <source>Check with the neighbours and the post office</source>
        <translation>Voir avec les voisins et le bureau de poste</translation>
    </message>
    <message>
        <source>No new parcel can be sent</source>
        <translation>Aucun nouveau colis ne peut être envoyé</translation>
    </message>
    <message>
        <source>A replacement is on its way</source>
        <translation>Un colis de remplacement est en route</translation>
    </message>
    <message>
        <source>We are looking into it</source>
        <translation>Nous nous en occupons</translation>
    </message>
    <message>
        <source>Please confirm your address</source>
        <translation>Merci de confirmer votre adresse</translation>
    </message>
    <message>
        <source>Your parcel waits for you at a pickup point</source>
        <translation>Votre colis vous attend dans un point de retrait</translation>
    </message>
    <message>
        <source>Your parcel is on its way: when it should arrive</source>
        <translation>Votre colis est en route : quand il devrait arriver</translation>
    </message>
    <message>
        <source>opened in the mail app</source>
        <translation>ouvert dans la messagerie</translation>
    </message>
    <message>
        <source>copied</source>
        <translation>copié</translation>
    </message>
    <message>
        <source>Case opened: {case}</source>
        <translation>Dossier ouvert&#xa0;: {case}</translation>
    </message>
    <message>
        <source>Case step done: {step}</source>
        <translation>Étape du dossier terminée&#xa0;: {step}</translation>
    </message>
    <message>
        <source>Case step unticked: {step}</source>
        <translation>Étape du dossier décochée&#xa0;: {step}</translation>
    </message>
    <message>
        <source>Customer message &quot;{message}&quot; ({language}) {how}</source>
        <translation>Message au client «&#xa0;{message}&#xa0;» ({language}) {how}</translation>
    </message>
    <message>
        <source>Case decided: {outcome}</source>
        <translation>Dossier tranché&#xa0;: {outcome}</translation>
    </message>
    <message>
        <source>Case reopened: {case}</source>
        <translation>Dossier rouvert&#xa0;: {case}</translation>
    </message>
    <message>
        <source>Manual order {reference} placed, charged to you</source>
        <translation>Commande manuelle {reference} passée, à vos frais</translation>
    </message>
    <message>
        <source>Archive delivered orders</source>
        <translation>Archiver les commandes livrées</translation>
    </message>
    <message>
        <source>Archive orders delivered more than</source>
        <translation>Archiver les commandes livrées il y a plus de</translation>
    </message>
    <message>
        <source> days ago</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Days since delivery</source>
        <translation>Jours depuis la livraison</translation>
    </message>
    <message>
        <source>Archived orders are hidden from the list but keep their history. A search still finds them, &quot;Show archived&quot; lists them, and you can restore any of them.</source>
        <translation>Les commandes archivées sont masquées dans la liste mais conservent leur historique. Une recherche les trouve toujours, «&#xa0;Afficher les archivées&#xa0;» les affiche, et vous pouvez restaurer n&apos;importe laquelle d&apos;entre elles.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>decided on {date}: {outcome}</source>
        <translation>tranché le {date}&#xa0;: {outcome}</translation>
    </message>
    <message>
        <source>next: {step}</source>
        <translation>prochaine étape&#xa0;: {step}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>{reference} · {case} · opened {date} · {state}</source>
        <translation>{reference} · {case} · ouvert le {date} · {state}</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Dossiers ouverts</translation>
    </message>
    <message>
        <source>No open case. Open one from an order&apos;s detail pane.</source>
        <translation>Aucun dossier ouvert. Ouvrez-en un depuis le volet de détail d&apos;une commande.</translation>
    </message>
    <message>
        <source>Show decided cases too</source>
        <translation>Afficher aussi les dossiers tranchés</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>TPOP could not be reached</source>
        <translation>Impossible de joindre TPOP</translation>
    </message>
    <message>
        <source>TPOP refused the account&apos;s token</source>
        <translation>TPOP a refusé le jeton du compte</translation>
    </message>
    <message>
        <source>TPOP asked the app to slow down</source>
        <translation>TPOP a demandé à l&apos;application de ralentir</translation>
    </message>
    <message>
        <source>TPOP did not accept the request</source>
        <translation>TPOP n&apos;a pas accepté la demande</translation>
    </message>
    <message>
        <source>A reship is a new manual order, charged to you. The TPOP dashboard&apos;s manual-order page opened in your browser and the order&apos;s items and recipient are on the clipboard: paste them there.</source>
        <translation>Une réexpédition est une nouvelle commande manuelle, à vos frais. La page «&#xa0;Commande manuelle&#xa0;» du tableau de bord TPOP s&apos;est ouverte dans votre navigateur, et les articles et le destinataire de la commande sont dans le presse-papiers&#xa0;: collez-les sur cette page.</translation>
    </message>
    <message>
        <source>Open the manual-order page again</source>
        <translation>Rouvrir la page de commande manuelle</translation>
    </message>
    <message>
        <source>Copy the order details again</source>
        <translation>Copier à nouveau le détail de la commande</translation>
    </message>
    <message>
        <source>I placed it in the dashboard</source>
        <translation>Je l&apos;ai passée dans le tableau de bord</translation>
    </message>
    <message>
        <source>Or place it from here. This app does not know the street address: copy it from your shop, one line per line.</source>
        <translation>Ou passez-la d&apos;ici. L&apos;application ne connaît pas l&apos;adresse postale&#xa0;: copiez-la depuis votre boutique, ligne par ligne.</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <source>Street and number
Flat, floor, building</source>
        <translation>Numéro et rue
Appartement, étage, bâtiment</translation>
    </message>
    <message>
        <source>Place the manual order now…</source>
        <translation>Passer la commande manuelle maintenant…</translation>
    </message>
    <message>
        <source>Placing orders from here needs a connected TPOP account.</source>
        <translation>Pour passer des commandes d&apos;ici, il faut un compte TPOP connecté.</translation>
    </message>
    <message>
        <source>Items:
{items}

Ship to:
{address}</source>
        <translation>Articles&#xa0;:
{items}

Livrer à&#xa0;:
{address}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Place a manual order charged to you?</source>
        <translation>Passer une commande manuelle à vos frais&#xa0;?</translation>
    </message>
    <message>
        <source>This places a new TPOP order to reship order {reference}. It is CHARGED TO YOU, the merchant: TPOP does not pay for a parcel marked delivered.</source>
        <translation>Une nouvelle commande TPOP va être passée pour réexpédier la commande {reference}. Elle est FACTURÉE À VOUS, le vendeur&#xa0;: TPOP ne paie pas pour un colis indiqué comme livré.</translation>
    </message>
    <message>
        <source>Place the order (charged to me)</source>
        <translation>Passer la commande (à mes frais)</translation>
    </message>
    <message>
        <source>Placing the manual order…</source>
        <translation>Commande manuelle en cours…</translation>
    </message>
    <message>
        <source>Manual order {reference} placed. TPOP emails you its confirmation.</source>
        <translation>Commande manuelle {reference} passée. TPOP vous envoie sa confirmation par e-mail.</translation>
    </message>
    <message>
        <source>The manual order could not be confirmed ({problem}). Check the TPOP dashboard before trying again: it may have been placed.</source>
        <translation>La commande manuelle n&apos;a pas pu être confirmée ({problem}). Vérifiez le tableau de bord TPOP avant de réessayer&#xa0;: elle a peut-être été passée.</translation>
    </message>
    <message>
        <source>decided: {outcome}</source>
        <translation>tranché&#xa0;: {outcome}</translation>
    </message>
    <message>
        <source>Open case: {case} ({state})…</source>
        <translation>Ouvrir le dossier&#xa0;: {case} ({state})…</translation>
    </message>
    <message>
        <source>Your note about this order (kept on this computer only)</source>
        <translation>Votre note sur cette commande (conservée uniquement sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <source>Open cases…</source>
        <translation>Dossiers en cours…</translation>
    </message>
    <message>
        <source>Edit message templates…</source>
        <translation>Modifier les modèles de messages…</translation>
    </message>
    <message>
        <source>The templates could not be copied to {folder}: {reason}</source>
        <translation>Les modèles n&apos;ont pas pu être copiés dans {folder}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Edit the message files in {folder}; the app uses them for new messages.</source>
        <translation>Modifiez les fichiers de messages dans {folder}&#xa0;; l&apos;application les utilise pour les nouveaux messages.</translation>
    </message>
    <message>
        <source>Cases and notes could not be saved or read: {error}</source>
        <translation>Impossible d&apos;enregistrer ou de lire les dossiers et les notes&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The case was withdrawn.</source>
        <translation>Le dossier a été retiré.</translation>
    </message>
    <message>
        <source>Open a case?</source>
        <translation>Ouvrir un dossier&#xa0;?</translation>
    </message>
    <message>
        <source>Open a case &quot;{case}&quot; for order {reference}? The app then guides you through its steps; a case opened by mistake can be withdrawn.</source>
        <translation>Ouvrir un dossier «&#xa0;{case}&#xa0;» pour la commande {reference}&#xa0;? L&apos;application vous guide ensuite dans ses étapes&#xa0;; un dossier ouvert par erreur peut être retiré.</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>The case could not be opened: {error}</source>
        <translation>Le dossier n&apos;a pas pu être ouvert&#xa0;: {error}</translation>
    </message>
    <message>
        <source>This case&apos;s order is no longer stored on this computer.</source>
        <translation>La commande de ce dossier n&apos;est plus enregistrée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation>Afficher toutes les colonnes</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>L&apos;export a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
    <message>
        <source>Export view to CSV…</source>
        <translation>Exporter la vue en CSV…</translation>
    </message>
    <message>
        <source>Save the orders shown, one line per shipment, as a CSV file (Ctrl+E)</source>
        <translation>Enregistrer les commandes affichées dans un fichier CSV, une ligne par expédition (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>C&amp;ommandes</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>tpop-orders-{date}.csv</source>
        <translation>tpop-commandes-{date}.csv</translation>
    </message>
    <message>
        <source>Export orders to CSV</source>
        <translation>Exporter les commandes en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) exported to {file}</source>
        <translation>
            <numerusform>%n ligne exportée dans {file}</numerusform>
            <numerusform>%n lignes exportées dans {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Copy tracking number</source>
        <translation>Copier le numéro de suivi</translation>
    </message>
    <message>
        <source>Copy carrier link</source>
        <translation>Copier le lien du transporteur</translation>
    </message>
    <message>
        <source>Open carrier tracking page</source>
        <translation>Ouvrir la page de suivi du transporteur</translation>
    </message>
    <message>
        <source>Open destination post&apos;s tracking page</source>
        <translation>Ouvrir la page de suivi de la poste de destination</translation>
    </message>
    <message>
        <source>Open in TPOP dashboard</source>
        <translation>Ouvrir dans le tableau de bord TPOP</translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation>Désarchiver</translation>
    </message>
    <message>
        <source>The order file could not be read: {error}</source>
        <translation>Le fichier des commandes n&apos;a pas pu être lu&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The selected orders have no tracking number yet.</source>
        <translation>Les commandes sélectionnées n&apos;ont pas encore de numéro de suivi.</translation>
    </message>
    <message numerus="yes">
        <source>%n tracking number(s) copied.</source>
        <translation>
            <numerusform>%n numéro de suivi copié.</numerusform>
            <numerusform>%n numéros de suivi copiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>No carrier link is known for the selected orders.</source>
        <translation>Aucun lien de transporteur n&apos;est connu pour les commandes sélectionnées.</translation>
    </message>
    <message numerus="yes">
        <source>%n carrier link(s) copied.</source>
        <translation>
            <numerusform>%n lien de transporteur copié.</numerusform>
            <numerusform>%n liens de transporteur copiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select at most {count} orders to open their pages at once.</source>
        <translation>Sélectionnez au plus {count} commandes pour ouvrir leurs pages en une fois.</translation>
    </message>
    <message>
        <source>No carrier tracking page is known for the selected orders.</source>
        <translation>Aucune page de suivi de transporteur n&apos;est connue pour les commandes sélectionnées.</translation>
    </message>
    <message>
        <source>No destination post&apos;s tracking page applies to the selected orders.</source>
        <translation>Aucune page de suivi de la poste de destination ne s&apos;applique aux commandes sélectionnées.</translation>
    </message>
    <message>
        <source>Tracking number {number} copied: paste it on the page.</source>
        <translation>Numéro de suivi {number} copié&#xa0;: collez-le sur la page.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) archived.</source>
        <translation>
            <numerusform>%n commande archivée.</numerusform>
            <numerusform>%n commandes archivées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) restored from the archive.</source>
        <translation>
            <numerusform>%n commande désarchivée.</numerusform>
            <numerusform>%n commandes désarchivées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive delivered orders older than %n day(s)…</source>
        <translation>
            <numerusform>Archiver les commandes livrées depuis plus de %n jour…</numerusform>
            <numerusform>Archiver les commandes livrées depuis plus de %n jours…</numerusform>
        </translation>
    </message>
    <message>
        <source>The order file could not be written: {error}</source>
        <translation>Le fichier des commandes n&apos;a pas pu être écrit&#xa0;: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n delivered order(s) archived.</source>
        <translation>
            <numerusform>%n commande livrée archivée.</numerusform>
            <numerusform>%n commandes livrées archivées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs attention: TPOP is waiting for you to fix this order.</source>
        <translation>À traiter&#xa0;: TPOP attend que vous corrigiez cette commande.</translation>
    </message>
    <message>
        <source>Late: your parcels to this country with this carrier are usually delivered by {date}.</source>
        <translation>En retard : vos colis vers ce pays avec ce transporteur sont habituellement livrés avant le {date}.</translation>
    </message>
    <message>
        <source>Needs attention: shipped more than {days} days ago and still not delivered.</source>
        <translation>À traiter&#xa0;: expédiée il y a plus de {days} jours et toujours pas livrée.</translation>
    </message>
    <message>
        <source>Archived: hidden from the list unless you search or show archived orders.</source>
        <translation>Archivée&#xa0;: masquée dans la liste, sauf si vous la recherchez ou affichez les commandes archivées.</translation>
    </message>
    <message>
        <source>Shop order {number} (TPOP order {reference})</source>
        <translation>Commande boutique {number} (commande TPOP {reference})</translation>
    </message>
    <message>
        <source>Skipped: {reason}</source>
        <translation>Ignorée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Carrier: {carrier}</source>
        <translation>Transporteur&#xa0;: {carrier}</translation>
    </message>
    <message>
        <source>Tracking link: {url}</source>
        <translation>Lien de suivi&#xa0;: {url}</translation>
    </message>
    <message>
        <source>Replaces: {numbers}</source>
        <translation>Remplace&#xa0;: {numbers}</translation>
    </message>
    <message>
        <source>Note text: {text}</source>
        <translation>Texte de la note&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Your customer will be notified by the shop.</source>
        <translation>Votre client sera prévenu par la boutique.</translation>
    </message>
    <message>
        <source>Your customer will not be notified.</source>
        <translation>Votre client ne sera pas prévenu.</translation>
    </message>
    <message>
        <source>The shop does not notify your customer for this change.</source>
        <translation>La boutique ne prévient pas votre client de cette modification.</translation>
    </message>
    <message>
        <source>Add TPOP&apos;s tracking to the shop order</source>
        <translation>Ajouter le suivi TPOP à la commande boutique</translation>
    </message>
    <message numerus="yes">
        <source>The app will write TPOP&apos;s tracking into %n shop order(s):</source>
        <translation>
            <numerusform>L&apos;application va inscrire le suivi TPOP dans %n commande boutique&#xa0;:</numerusform>
            <numerusform>L&apos;application va inscrire le suivi TPOP dans %n commandes boutique&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Notify the customer</source>
        <translation>Prévenir le client</translation>
    </message>
    <message>
        <source>In the shop: {numbers}</source>
        <translation>Dans la boutique&#xa0;: {numbers}</translation>
    </message>
    <message>
        <source>To prevent it: {advice}</source>
        <translation>Pour éviter cela&#xa0;: {advice}</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>Boutiques</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Missing in TPOP</source>
        <translation>Absentes de TPOP</translation>
    </message>
    <message>
        <source>Paid shop orders with TPOP products that never reached TPOP. Usual causes: the product was duplicated or changed outside TPOP (it is no longer linked), its SKU or variants were edited, or in Shopify the order was fulfilled automatically (choose &quot;Do not automatically fulfill any of the order&apos;s line items&quot;). Place these orders by hand in TPOP.</source>
        <translation>Commandes boutique payées, avec des produits TPOP, qui ne sont jamais arrivées chez TPOP. Causes habituelles&#xa0;: le produit a été dupliqué ou modifié en dehors de TPOP (il n&apos;est plus lié), son SKU ou ses variantes ont été modifiés, ou, dans Shopify, la commande a été traitée automatiquement (choisissez «&#xa0;Ne traiter automatiquement aucun des articles de la commande&#xa0;»). Passez ces commandes à la main dans TPOP.</translation>
    </message>
    <message>
        <source>Connect your TPOP account to see which shop orders never reached TPOP.</source>
        <translation>Connectez votre compte TPOP pour voir quelles commandes de vos boutiques ne sont jamais arrivées chez TPOP.</translation>
    </message>
    <message>
        <source>Place a manual order in TPOP</source>
        <translation>Passer une commande manuelle dans TPOP</translation>
    </message>
    <message>
        <source>Open the order in the shop&apos;s admin</source>
        <translation>Ouvrir la commande dans l&apos;administration de la boutique</translation>
    </message>
    <message>
        <source>{shop}: order {number}</source>
        <translation>{shop}&#xa0;: commande {number}</translation>
    </message>
    <message>
        <source>placed {date}</source>
        <translation>passée le {date}</translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>Aucune trouvée.</translation>
    </message>
    <message>
        <source>not connectable</source>
        <translation>non connectable</translation>
    </message>
    <message>
        <source>connected, last read failed</source>
        <translation>connectée, échec de la dernière lecture</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connectée</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connectée</translation>
    </message>
    <message>
        <source>New {platform} shop</source>
        <translation>Nouvelle boutique {platform}</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>pas encore enregistrée</translation>
    </message>
    <message>
        <source>Connect your shops: the app lists their orders with TPOP products and their tracking, and checks every day that they hold TPOP&apos;s tracking.</source>
        <translation>Connectez vos boutiques&#xa0;: l&apos;application liste leurs commandes de produits TPOP et leur suivi, et vérifie chaque jour qu&apos;elles contiennent le suivi de TPOP.</translation>
    </message>
    <message>
        <source>Add a shop</source>
        <translation>Ajouter une boutique</translation>
    </message>
    <message>
        <source>Apply to this shop</source>
        <translation>Appliquer à cette boutique</translation>
    </message>
    <message>
        <source>No shop yet</source>
        <translation>Aucune boutique pour l&apos;instant</translation>
    </message>
    <message>
        <source>Click &quot;Add a shop&quot; and choose your shop&apos;s platform: Shopify, WooCommerce or Etsy.</source>
        <translation>Cliquez sur «&#xa0;Ajouter une boutique&#xa0;» et choisissez la plateforme de votre boutique&#xa0;: Shopify, WooCommerce ou Etsy.</translation>
    </message>
    <message>
        <source>Connect with Etsy again…</source>
        <translation>Se reconnecter avec Etsy…</translation>
    </message>
    <message>
        <source>Connect it again only to change its keys.</source>
        <translation>Ne la reconnectez que pour changer ses clés.</translation>
    </message>
    <message>
        <source>Enter the secret again only to change it.</source>
        <translation>Ne saisissez à nouveau le secret que pour le modifier.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Connectée.</translation>
    </message>
    <message>
        <source>Saved. The shop&apos;s orders are read again with this rule at the next sync.</source>
        <translation>Enregistré. Les commandes de la boutique seront relues avec cette règle à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Fill in the address and every secret field first.</source>
        <translation>Renseignez d&apos;abord l&apos;adresse et tous les champs secrets.</translation>
    </message>
    <message>
        <source>Connected to {name}.</source>
        <translation>Connecté à {name}.</translation>
    </message>
    <message>
        <source>The stored secret still works.</source>
        <translation>Le secret enregistré fonctionne toujours.</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Attention&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Saving the secret in your keyring…</source>
        <translation>Enregistrement du secret dans votre trousseau…</translation>
    </message>
    <message>
        <source>Saved. The shop is read at the next sync.</source>
        <translation>Enregistré. La boutique sera lue à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The connection was removed and its secret deleted from the keyring.</source>
        <translation>La connexion a été supprimée et son secret effacé du trousseau.</translation>
    </message>
    <message>
        <source>In sync</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Tracking missing</source>
        <translation>Suivi manquant</translation>
    </message>
    <message>
        <source>Tracking different</source>
        <translation>Suivi différent</translation>
    </message>
    <message>
        <source>Not in TPOP</source>
        <translation>Absente de TPOP</translation>
    </message>
    <message>
        <source>Waiting for shipment</source>
        <translation>En attente d&apos;expédition</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>The shop order holds TPOP&apos;s tracking number.</source>
        <translation>La commande boutique contient le numéro de suivi TPOP.</translation>
    </message>
    <message>
        <source>TPOP shipped this order, but the shop order has no tracking number: your customer has not received TPOP&apos;s tracking from your shop.</source>
        <translation>TPOP a expédié cette commande, mais la commande boutique n&apos;a pas de numéro de suivi&#xa0;: votre client n&apos;a pas reçu le suivi TPOP de la part de votre boutique.</translation>
    </message>
    <message>
        <source>The shop order holds another tracking number than TPOP&apos;s. TPOP&apos;s tracking is the right one.</source>
        <translation>La commande boutique contient un autre numéro de suivi que celui de TPOP. C&apos;est le suivi TPOP qui est le bon.</translation>
    </message>
    <message>
        <source>This paid shop order never reached TPOP.</source>
        <translation>Cette commande boutique payée n&apos;est jamais arrivée chez TPOP.</translation>
    </message>
    <message>
        <source>TPOP has not shipped this order yet: nothing to compare.</source>
        <translation>TPOP n&apos;a pas encore expédié cette commande&#xa0;: rien à comparer.</translation>
    </message>
    <message>
        <source>The shop could not be read, so this order was not checked.</source>
        <translation>La boutique n&apos;a pas pu être lue&#xa0;: cette commande n&apos;a donc pas été vérifiée.</translation>
    </message>
    <message>
        <source>The shop order was closed (fulfilled) by hand or automatically before TPOP shipped, so TPOP could not write its tracking into it.</source>
        <translation>La commande boutique a été clôturée (traitée) à la main ou automatiquement avant l&apos;expédition par TPOP&#xa0;: TPOP n&apos;a donc pas pu y inscrire son suivi.</translation>
    </message>
    <message>
        <source>The shop order is still open: TPOP could not close it with its tracking.</source>
        <translation>La commande boutique est toujours ouverte&#xa0;: TPOP n&apos;a pas pu la clôturer avec son suivi.</translation>
    </message>
    <message>
        <source>Add TPOP&apos;s tracking to the shop order so your customer can follow the parcel.</source>
        <translation>Ajoutez le suivi TPOP à la commande boutique pour que votre client puisse suivre son colis.</translation>
    </message>
    <message>
        <source>TPOP&apos;s tracking number is the one the carrier knows.</source>
        <translation>Le numéro de suivi TPOP est celui que connaît le transporteur.</translation>
    </message>
    <message>
        <source>Do not close TPOP orders by hand in your shop: TPOP closes them with the tracking when it ships.</source>
        <translation>Ne clôturez pas les commandes TPOP à la main dans votre boutique&#xa0;: TPOP les clôture avec le suivi lors de l&apos;expédition.</translation>
    </message>
    <message>
        <source>In Shopify, Settings &gt; Checkout &gt; Order processing: choose &quot;Do not automatically fulfill any of the order&apos;s line items&quot;.</source>
        <translation>Dans Shopify, Paramètres &gt; Paiement &gt; Traitement des commandes&#xa0;: choisissez «&#xa0;Ne traiter automatiquement aucun des articles de la commande&#xa0;».</translation>
    </message>
    <message>
        <source>In WooCommerce, do not use a plugin that completes orders automatically.</source>
        <translation>Dans WooCommerce, n&apos;utilisez pas d&apos;extension qui termine les commandes automatiquement.</translation>
    </message>
    <message>
        <source>Check that the product was not duplicated or changed outside TPOP: a copied product is not linked to TPOP.</source>
        <translation>Vérifiez que le produit n&apos;a pas été dupliqué ou modifié en dehors de TPOP&#xa0;: un produit copié n&apos;est pas lié à TPOP.</translation>
    </message>
    <message>
        <source>Check the product&apos;s SKU and variants: they must be the ones TPOP created.</source>
        <translation>Vérifiez le SKU et les variantes du produit&#xa0;: ce doivent être ceux créés par TPOP.</translation>
    </message>
    <message>
        <source>Place the order by hand in TPOP so it gets produced.</source>
        <translation>Passez la commande à la main dans TPOP pour qu&apos;elle soit produite.</translation>
    </message>
    <message>
        <source>TPOP fetches Etsy orders three times a day: wait for the next fetch.</source>
        <translation>TPOP récupère les commandes Etsy trois fois par jour&#xa0;: attendez la prochaine récupération.</translation>
    </message>
    <message>
        <source>Check the shop&apos;s connection in Account &gt; Shops.</source>
        <translation>Vérifiez la connexion de la boutique dans Compte &gt; Boutiques.</translation>
    </message>
    <message>
        <source>The access token lacks a permission: {scopes}. Add it to the app in your shop&apos;s admin.</source>
        <translation>Il manque une autorisation au jeton d&apos;accès&#xa0;: {scopes}. Ajoutez-la à l&apos;application dans l&apos;administration de votre boutique.</translation>
    </message>
    <message>
        <source>The access token lacks a permission the checks need.</source>
        <translation>Il manque au jeton d&apos;accès une autorisation nécessaire aux vérifications.</translation>
    </message>
    <message>
        <source>The shop rejected the access token or key. Check it and connect again.</source>
        <translation>La boutique a refusé le jeton d&apos;accès ou la clé. Vérifiez-les et connectez la boutique à nouveau.</translation>
    </message>
    <message>
        <source>The shop refused access with this token or key.</source>
        <translation>La boutique a refusé l&apos;accès avec ce jeton ou cette clé.</translation>
    </message>
    <message>
        <source>This address does not answer like the expected shop (wrong address, or not a WooCommerce site).</source>
        <translation>Cette adresse ne répond pas comme la boutique attendue (mauvaise adresse, ou site qui n&apos;est pas sous WooCommerce).</translation>
    </message>
    <message>
        <source>The shop cannot be reached. Check your connection.</source>
        <translation>Impossible de joindre la boutique. Vérifiez votre connexion.</translation>
    </message>
    <message>
        <source>The shop asked the app to slow down; it will be read again later.</source>
        <translation>La boutique a demandé à l&apos;application de ralentir&#xa0;; elle sera relue plus tard.</translation>
    </message>
    <message>
        <source>The shop&apos;s server had a problem.</source>
        <translation>Le serveur de la boutique a rencontré un problème.</translation>
    </message>
    <message>
        <source>The shop sent an answer the app cannot read.</source>
        <translation>La boutique a envoyé une réponse que l&apos;application ne sait pas lire.</translation>
    </message>
    <message>
        <source>The shop&apos;s secret could not be read from the keyring.</source>
        <translation>Le secret de la boutique n&apos;a pas pu être lu dans le trousseau.</translation>
    </message>
    <message>
        <source>The shop&apos;s secret is no longer in the keyring. Connect the shop again.</source>
        <translation>Le secret de la boutique n&apos;est plus dans le trousseau. Connectez à nouveau la boutique.</translation>
    </message>
    <message>
        <source>The shop&apos;s address or secret is not valid.</source>
        <translation>L&apos;adresse ou le secret de la boutique n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Etsy no longer accepts this shop&apos;s connection (it was revoked, it expired after 90 days, or the shop&apos;s password changed). Connect the shop again.</source>
        <translation>Etsy n&apos;accepte plus la connexion de cette boutique (elle a été révoquée, elle a expiré après 90 jours, ou le mot de passe de la boutique a changé). Connectez à nouveau la boutique.</translation>
    </message>
    <message>
        <source>Etsy refuses your Etsy app&apos;s keystring or shared secret. Check them on etsy.com/developers/your-apps and connect the shop again.</source>
        <translation>Etsy refuse le keystring ou le shared secret de votre application Etsy. Vérifiez-les sur etsy.com/developers/your-apps et connectez à nouveau la boutique.</translation>
    </message>
    <message>
        <source>The shop&apos;s product rule cannot be read. Set which products are TPOP&apos;s again in Account &gt; Shops.</source>
        <translation>La règle de produits de la boutique est illisible. Indiquez à nouveau quels produits sont ceux de TPOP dans Compte &gt; Boutiques.</translation>
    </message>
    <message>
        <source>The shop could not be read.</source>
        <translation>La boutique n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>{shop} can no longer be read: {reason}</source>
        <translation>{shop} ne peut plus être lue&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Etsy did not connect TPOP Desktop: access was refused on Etsy&apos;s page, or your Etsy app is not allowed yet.</source>
        <translation>Etsy n&apos;a pas connecté TPOP Desktop&#xa0;: l&apos;accès a été refusé sur la page d&apos;Etsy, ou votre application Etsy n&apos;est pas encore autorisée.</translation>
    </message>
    <message>
        <source>Etsy&apos;s page did not come back within 5 minutes. If Etsy showed &quot;The requested redirect URL is not permitted&quot;, register the three callback addresses in your Etsy app, then try again.</source>
        <translation>La page d&apos;Etsy n&apos;est pas revenue dans les 5 minutes. Si Etsy a affiché «&#xa0;The requested redirect URL is not permitted&#xa0;», enregistrez les trois adresses de rappel dans votre application Etsy, puis réessayez.</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>The ports 47611 to 47613 are all in use on this computer, so Etsy cannot send your browser back to the app. Close the program that uses them and try again.</source>
        <translation>Les ports 47611 à 47613 sont tous occupés sur cet ordinateur, Etsy ne peut donc pas renvoyer votre navigateur vers l&apos;application. Fermez le programme qui les utilise et réessayez.</translation>
    </message>
    <message>
        <source>Your web browser could not be opened. Set a default browser and try again.</source>
        <translation>Votre navigateur web n&apos;a pas pu être ouvert. Définissez un navigateur par défaut et réessayez.</translation>
    </message>
    <message>
        <source>Etsy sent the browser back without a connection code. Try again.</source>
        <translation>Etsy a renvoyé le navigateur sans code de connexion. Réessayez.</translation>
    </message>
    <message>
        <source>The shop could not be connected.</source>
        <translation>La boutique n&apos;a pas pu être connectée.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Etsy connects through an Etsy app of your own (Etsy does not let a desktop app share one):
1. Create an app at {page}.
2. In the app, under &quot;Edit your callback URLs&quot;, add these addresses exactly as written:
{addresses}
3. Copy the app&apos;s keystring and shared secret below and click &quot;Connect with Etsy…&quot;. Your browser opens Etsy&apos;s page: allow TPOP Desktop there.</source>
        <translation>Etsy se connecte via votre propre application Etsy (Etsy ne permet pas à une application de bureau d&apos;en partager une)&#xa0;:
1. Créez une application sur {page}.
2. Dans l&apos;application, sous «&#xa0;Edit your callback URLs&#xa0;», ajoutez ces adresses exactement telles qu&apos;écrites&#xa0;:
{addresses}
3. Copiez ci-dessous le keystring et le shared secret de l&apos;application et cliquez sur «&#xa0;Connecter avec Etsy…&#xa0;». Votre navigateur ouvre la page d&apos;Etsy&#xa0;: autorisez-y TPOP Desktop.</translation>
    </message>
    <message numerus="yes">
        <source>TPOP reads Etsy orders three times a day, so an Etsy order is listed here only after %n hour(s).</source>
        <translation>
            <numerusform>TPOP lit les commandes Etsy trois fois par jour&#xa0;: une commande Etsy n&apos;apparaît donc ici qu&apos;après %n heure.</numerusform>
            <numerusform>TPOP lit les commandes Etsy trois fois par jour&#xa0;: une commande Etsy n&apos;apparaît donc ici qu&apos;après %n heures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A paid order is listed here once it has been missing in TPOP for %n hour(s).</source>
        <translation>
            <numerusform>Une commande payée apparaît ici quand elle manque chez TPOP depuis %n heure.</numerusform>
            <numerusform>Une commande payée apparaît ici quand elle manque chez TPOP depuis %n heures.</numerusform>
        </translation>
    </message>
    <message>
        <source>These orders come from your shops: their state and tracking are what your shops know. TPOP&apos;s dashboard stays authoritative for blocked orders and production.</source>
        <translation>Ces commandes viennent de vos boutiques&#xa0;: leur état et leur suivi sont ce que vos boutiques savent. Le tableau de bord de TPOP fait foi pour les commandes bloquées et la production.</translation>
    </message>
    <message>
        <source>Paid in your shop and not shipped yet. Whether TPOP is producing it, only TPOP&apos;s dashboard says.</source>
        <translation>Payée dans votre boutique et pas encore expédiée. Seul le tableau de bord de TPOP dit si TPOP la produit.</translation>
    </message>
    <message>
        <source>Your shop has it as shipped. The tracking below is what the shop holds.</source>
        <translation>Votre boutique la considère comme expédiée. Le suivi ci-dessous est celui que contient la boutique.</translation>
    </message>
    <message>
        <source>Your shop says the parcel was delivered.</source>
        <translation>Votre boutique indique que le colis a été livré.</translation>
    </message>
    <message>
        <source>Cancelled or refunded in your shop.</source>
        <translation>Annulée ou remboursée dans votre boutique.</translation>
    </message>
    <message>
        <source>This order comes from your shop: its state and tracking are what the shop knows. Whether TPOP has it, produces it or blocked it, only TPOP&apos;s dashboard says.</source>
        <translation>Cette commande vient de votre boutique&#xa0;: son état et son suivi sont ce que la boutique sait. Seul le tableau de bord de TPOP dit si TPOP l&apos;a reçue, la produit ou l&apos;a bloquée.</translation>
    </message>
    <message>
        <source>The Shipment Tracking extension is not installed: tracking will be added as an order note for your customer.</source>
        <translation>L&apos;extension Shipment Tracking n&apos;est pas installée&#xa0;: le suivi sera ajouté comme note de commande pour votre client.</translation>
    </message>
    <message>
        <source>The token can read but not write fulfillments: add the permission write_merchant_managed_fulfillment_orders to fix orders from here.</source>
        <translation>Le jeton peut lire les traitements (fulfillments) mais pas les écrire&#xa0;: ajoutez l&apos;autorisation write_merchant_managed_fulfillment_orders pour corriger les commandes d&apos;ici.</translation>
    </message>
    <message>
        <source>The shop order&apos;s fulfillment gets TPOP&apos;s tracking.</source>
        <translation>Le traitement de la commande boutique reçoit le suivi TPOP.</translation>
    </message>
    <message>
        <source>The shop order is fulfilled with TPOP&apos;s tracking.</source>
        <translation>La commande boutique est traitée avec le suivi TPOP.</translation>
    </message>
    <message>
        <source>A Shipment Tracking entry with TPOP&apos;s tracking is added.</source>
        <translation>Une entrée Shipment Tracking avec le suivi TPOP est ajoutée.</translation>
    </message>
    <message>
        <source>A note with TPOP&apos;s tracking is added to the order.</source>
        <translation>Une note avec le suivi TPOP est ajoutée à la commande.</translation>
    </message>
    <message>
        <source>A shipment with TPOP&apos;s tracking is added to the Etsy order; Etsy e-mails your customer.</source>
        <translation>Une expédition avec le suivi de TPOP est ajoutée à la commande Etsy&#xa0;; Etsy envoie un e-mail à votre client.</translation>
    </message>
    <message>
        <source>The shop order does not need TPOP&apos;s tracking.</source>
        <translation>La commande boutique n&apos;a pas besoin du suivi TPOP.</translation>
    </message>
    <message>
        <source>TPOP has not shipped this order yet.</source>
        <translation>TPOP n&apos;a pas encore expédié cette commande.</translation>
    </message>
    <message>
        <source>The shop order does not belong to this TPOP order.</source>
        <translation>La commande boutique ne correspond pas à cette commande TPOP.</translation>
    </message>
    <message>
        <source>The shop order is cancelled.</source>
        <translation>La commande boutique est annulée.</translation>
    </message>
    <message>
        <source>This shop&apos;s platform cannot be updated from the app.</source>
        <translation>La plateforme de cette boutique ne peut pas être mise à jour depuis l&apos;application.</translation>
    </message>
    <message>
        <source>The tracking cannot be added to this shop order.</source>
        <translation>Le suivi ne peut pas être ajouté à cette commande boutique.</translation>
    </message>
    <message>
        <source>This shop is not connectable: its orders are placed in TPOP directly, so there is no shop order to check.</source>
        <translation>Cette boutique n&apos;est pas connectable&#xa0;: ses commandes sont passées directement dans TPOP, il n&apos;y a donc pas de commande boutique à vérifier.</translation>
    </message>
    <message>
        <source>Shop &amp;checks</source>
        <translation>Contrôle des &amp;boutiques</translation>
    </message>
    <message>
        <source>Show only orders with shop problems</source>
        <translation>Afficher uniquement les commandes avec un problème en boutique</translation>
    </message>
    <message>
        <source>Add TPOP&apos;s tracking to the selected shop orders…</source>
        <translation>Ajouter le suivi TPOP aux commandes boutique sélectionnées…</translation>
    </message>
    <message>
        <source>Check the shops at the next sync</source>
        <translation>Vérifier les boutiques à la prochaine synchronisation</translation>
    </message>
    <message>
        <source>{shop} could not be checked: {reason}</source>
        <translation>{shop} n&apos;a pas pu être vérifiée&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) need your attention in your shops</source>
        <translation>
            <numerusform>%n commande à traiter dans vos boutiques</numerusform>
            <numerusform>%n commandes à traiter dans vos boutiques</numerusform>
        </translation>
    </message>
    <message>
        <source>TPOP&apos;s tracking {number} added to shop order {order}; customer notified</source>
        <translation>Suivi TPOP {number} ajouté à la commande boutique {order}&#xa0;; client prévenu</translation>
    </message>
    <message>
        <source>TPOP&apos;s tracking {number} added to shop order {order}; customer not notified</source>
        <translation>Suivi TPOP {number} ajouté à la commande boutique {order}&#xa0;; client non prévenu</translation>
    </message>
    <message>
        <source>TPOP&apos;s tracking {number} was already in shop order {order}</source>
        <translation>Le suivi TPOP {number} figurait déjà dans la commande boutique {order}</translation>
    </message>
    <message>
        <source>Adding TPOP&apos;s tracking {number} to shop order {order} failed: {reason}</source>
        <translation>Échec de l&apos;ajout du suivi TPOP {number} à la commande boutique {order}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>None of the selected orders can get TPOP&apos;s tracking from here (shop not connected, or nothing to fix).</source>
        <translation>Aucune des commandes sélectionnées ne peut recevoir le suivi TPOP d&apos;ici (boutique non connectée, ou rien à corriger).</translation>
    </message>
    <message>
        <source>Adding TPOP&apos;s tracking to the shop orders…</source>
        <translation>Ajout du suivi TPOP aux commandes boutique…</translation>
    </message>
    <message numerus="yes">
        <source>TPOP&apos;s tracking was added to %n shop order(s).</source>
        <translation>
            <numerusform>Le suivi TPOP a été ajouté à %n commande boutique.</numerusform>
            <numerusform>Le suivi TPOP a été ajouté à %n commandes boutique.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) could not be updated: see their history.</source>
        <translation>
            <numerusform>%n commande n&apos;a pas pu être mise à jour&#xa0;: consultez son historique.</numerusform>
            <numerusform>%n commandes n&apos;ont pas pu être mises à jour&#xa0;: consultez leur historique.</numerusform>
        </translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>France</source>
        <comment>country</comment>
        <translation>France</translation>
    </message>
    <message>
        <source>Belgium</source>
        <comment>country</comment>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>Germany</source>
        <comment>country</comment>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <comment>country</comment>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <comment>country</comment>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <comment>country</comment>
        <translation>Suisse</translation>
    </message>
    <message>
        <source>Austria</source>
        <comment>country</comment>
        <translation>Autriche</translation>
    </message>
    <message>
        <source>Italy</source>
        <comment>country</comment>
        <translation>Italie</translation>
    </message>
    <message>
        <source>Spain</source>
        <comment>country</comment>
        <translation>Espagne</translation>
    </message>
    <message>
        <source>Portugal</source>
        <comment>country</comment>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Ireland</source>
        <comment>country</comment>
        <translation>Irlande</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <comment>country</comment>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>Sweden</source>
        <comment>country</comment>
        <translation>Suède</translation>
    </message>
    <message>
        <source>Denmark</source>
        <comment>country</comment>
        <translation>Danemark</translation>
    </message>
    <message>
        <source>Norway</source>
        <comment>country</comment>
        <translation>Norvège</translation>
    </message>
    <message>
        <source>Finland</source>
        <comment>country</comment>
        <translation>Finlande</translation>
    </message>
    <message>
        <source>Poland</source>
        <comment>country</comment>
        <translation>Pologne</translation>
    </message>
    <message>
        <source>Czechia</source>
        <comment>country</comment>
        <translation>Tchéquie</translation>
    </message>
    <message>
        <source>United States</source>
        <comment>country</comment>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Canada</source>
        <comment>country</comment>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Australia</source>
        <comment>country</comment>
        <translation>Australie</translation>
    </message>
    <message>
        <source>Monaco</source>
        <comment>country</comment>
        <translation>Monaco</translation>
    </message>
    <message>
        <source>About TPOP Desktop</source>
        <translation>À propos de TPOP Desktop</translation>
    </message>
    <message>
        <source>TPOP Desktop {version}</source>
        <translation>TPOP Desktop {version}</translation>
    </message>
    <message>
        <source>Every TPOP order, its tracking and what to do next, in one window. An independent companion app for TPOP merchants; TPOP is a trademark of its owner.</source>
        <translation>Toutes vos commandes TPOP, leur suivi et la marche à suivre, dans une seule fenêtre. Une application compagnon indépendante pour les marchands TPOP&#xa0;; TPOP est une marque de son propriétaire.</translation>
    </message>
    <message>
        <source>Licence: MIT. Your token stays in your system&apos;s keyring.</source>
        <translation>Licence&#xa0;: MIT. Votre jeton reste dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
        <translation>Qt {qt}, PySide6 {pyside}, Python {python}</translation>
    </message>
    <message>
        <source>TPOP help centre</source>
        <translation>Centre d&apos;aide TPOP</translation>
    </message>
    <message>
        <source>Project page and security policy</source>
        <translation>Page du projet et politique de sécurité</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>The order database was damaged. It was set aside as {file} (kept, not deleted) and a new one is being built from TPOP.</source>
        <translation>La base des commandes était endommagée. Elle a été mise de côté sous le nom {file} (conservée, pas supprimée) et une nouvelle est reconstruite depuis TPOP.</translation>
    </message>
    <message>
        <source>Nothing could be read from the damaged file. Your orders come back from TPOP; notes and cases could not be recovered.</source>
        <translation>Rien n&apos;a pu être lu dans le fichier endommagé. Vos commandes reviennent depuis TPOP ; les notes et les dossiers n&apos;ont pas pu être récupérés.</translation>
    </message>
    <message>
        <source>Recovered from the damaged file:</source>
        <translation>Récupéré du fichier endommagé :</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case event(s)</source>
        <translation>
            <numerusform>%n étape de dossier</numerusform>
            <numerusform>%n étapes de dossier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n archived order(s)</source>
        <translation>
            <numerusform>%n commande archivée</numerusform>
            <numerusform>%n commandes archivées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history entry(ies)</source>
        <translation>
            <numerusform>%n entrée d&apos;historique</numerusform>
            <numerusform>%n entrées d&apos;historique</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shop fix record(s)</source>
        <translation>
            <numerusform>%n correction de boutique</numerusform>
            <numerusform>%n corrections de boutique</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged row(s) could not be read and stay in the set-aside file.</source>
        <translation>
            <numerusform>%n ligne endommagée n&apos;a pas pu être lue et reste dans le fichier mis de côté.</numerusform>
            <numerusform>%n lignes endommagées n&apos;ont pas pu être lues et restent dans le fichier mis de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rest of your orders comes back from TPOP with the next sync.</source>
        <translation>Le reste de vos commandes revient depuis TPOP à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The order database was damaged</source>
        <translation>La base des commandes était endommagée</translation>
    </message>
    <message>
        <source>{folder} cannot be written: your stored orders are shown as last saved, and nothing can be saved or synced. Check the folder&apos;s permissions (or free the disk), then restart TPOP Desktop.</source>
        <translation>Impossible d&apos;écrire dans {folder} : vos commandes enregistrées sont affichées telles qu&apos;enregistrées la dernière fois, et rien ne peut être enregistré ni synchronisé. Vérifiez les droits du dossier (ou libérez de la place sur le disque), puis redémarrez TPOP Desktop.</translation>
    </message>
    <message>
        <source>the terminal</source>
        <translation>le terminal</translation>
    </message>
    <message>
        <source>TPOP Desktop cannot write its log to {folder} ({reason}); it writes it to {where} instead. Check that folder&apos;s permissions.</source>
        <translation>TPOP Desktop ne peut pas écrire son journal dans {folder} ({reason}) ; il l&apos;écrit dans {where} à la place. Vérifiez les droits de ce dossier.</translation>
    </message>
    <message>
        <source>no permission</source>
        <translation>droits insuffisants</translation>
    </message>
    <message>
        <source>Reading your shops…</source>
        <translation>Lecture de vos boutiques…</translation>
    </message>
    <message>
        <source>Shop orders read at {time}</source>
        <translation>Commandes des boutiques lues à {time}</translation>
    </message>
    <message>
        <source>{shop} could not be read: {reason}</source>
        <translation>{shop} n&apos;a pas pu être lue&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Connect with Etsy…</source>
        <translation>Connecter avec Etsy…</translation>
    </message>
    <message>
        <source>Enter your Etsy app&apos;s keystring and shared secret first.</source>
        <translation>Saisissez d&apos;abord le keystring et le shared secret de votre application Etsy.</translation>
    </message>
    <message>
        <source>The keystring or the shared secret is not valid: copy them again from your Etsy app.</source>
        <translation>Le keystring ou le shared secret n&apos;est pas valide&#xa0;: copiez-les à nouveau depuis votre application Etsy.</translation>
    </message>
    <message>
        <source>Waiting for Etsy… Your browser shows Etsy&apos;s page: allow TPOP Desktop there. The app waits up to 5 minutes.</source>
        <translation>En attente d&apos;Etsy… Votre navigateur affiche la page d&apos;Etsy&#xa0;: autorisez-y TPOP Desktop. L&apos;application attend jusqu&apos;à 5 minutes.</translation>
    </message>
    <message>
        <source>Connected to {name}. The shop is read at the next sync.</source>
        <translation>Connectée à {name}. La boutique sera lue à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Which products are TPOP&apos;s</source>
        <translation>Quels produits sont ceux de TPOP</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Tous les produits</translation>
    </message>
    <message>
        <source>Only products whose vendor, SKU or tag matches:</source>
        <translation>Seulement les produits dont le fournisseur, le SKU ou l&apos;étiquette correspond&#xa0;:</translation>
    </message>
    <message>
        <source>All products is the default: most TPOP merchants sell only TPOP products. If your shop also sells goods TPOP does not make, name what marks TPOP&apos;s, so that only their orders are listed and checked. Separate several entries with commas.</source>
        <translation>«&#xa0;Tous les produits&#xa0;» est le réglage par défaut&#xa0;: la plupart des marchands TPOP ne vendent que des produits TPOP. Si votre boutique vend aussi des articles que TPOP ne fabrique pas, indiquez ce qui distingue ceux de TPOP, pour que seules leurs commandes soient listées et vérifiées. Séparez plusieurs entrées par des virgules.</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>SKU prefixes</source>
        <translation>Préfixes de SKU</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Follow this parcel here with a {service} key (Settings &gt; Carrier tracking).</source>
        <translation>Suivez ce colis ici avec une clé {service} (Paramètres &gt; Suivi transporteur).</translation>
    </message>
    <message>
        <source>{services} refused your tracking key: the parcels it follows are not refreshed until you paste a new key.</source>
        <translation>{services} a refusé votre clé de suivi&#xa0;: les colis qu&apos;il suit ne sont plus actualisés tant que vous n&apos;avez pas collé une nouvelle clé.</translation>
    </message>
    <message>
        <source>Carrier tracking settings…</source>
        <translation>Paramètres du suivi transporteur…</translation>
    </message>
    <message>
        <source>The order could not be read: {error}</source>
        <translation>La commande n&apos;a pas pu être lue&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Message to the customer · order {reference}</source>
        <translation>Message au client · commande {reference}</translation>
    </message>
    <message>
        <source>Tell {customer} when the parcel usually arrives, from your own parcels.</source>
        <translation>Dites à {customer} quand le colis arrive habituellement, d&apos;après vos propres colis.</translation>
    </message>
    <message>
        <source>Tell {customer} where the parcel waits and what to bring to collect it.</source>
        <translation>Indiquez à {customer} où le colis l&apos;attend et ce qu&apos;il faut présenter pour le retirer.</translation>
    </message>
    <message>
        <source>your customer</source>
        <translation>votre client</translation>
    </message>
    <message>
        <source>Not asked yet: the carrier is asked after the next sync.</source>
        <translation>Pas encore demandé&#xa0;: le transporteur sera interrogé après la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualiser maintenant</translation>
    </message>
    <message>
        <source>Asks {service} now; it counts against its daily calls.</source>
        <translation>Interroge {service} maintenant&#xa0;; cela compte dans ses appels du jour.</translation>
    </message>
    <message>
        <source>{status} · {date}</source>
        <translation>{status} · {date}</translation>
    </message>
    <message>
        <source>{service} says: {words}</source>
        <translation>{service} indique&#xa0;: {words}</translation>
    </message>
    <message>
        <source>Estimated delivery: {start} to {end}</source>
        <translation>Livraison estimée&#xa0;: du {start} au {end}</translation>
    </message>
    <message>
        <source>Estimated delivery: {date}</source>
        <translation>Livraison estimée&#xa0;: {date}</translation>
    </message>
    <message>
        <source>post office</source>
        <translation>bureau de poste</translation>
    </message>
    <message>
        <source>pickup point</source>
        <translation>point de retrait</translation>
    </message>
    <message>
        <source>Waits at: {point} ({kind})</source>
        <translation>Attend à&#xa0;: {point} ({kind})</translation>
    </message>
    <message>
        <source>Waits at: {point}</source>
        <translation>Attend à&#xa0;: {point}</translation>
    </message>
    <message>
        <source>Carried on by {partner}, who know it as {number}</source>
        <translation>Acheminé ensuite par {partner}, qui le connaît sous le numéro {number}</translation>
    </message>
    <message>
        <source>Carried on by {partner}</source>
        <translation>Acheminé ensuite par {partner}</translation>
    </message>
    <message>
        <source>{link}, with {partner}&apos;s own number</source>
        <translation>{link}, avec le numéro propre à {partner}</translation>
    </message>
    <message>
        <source>What the carrier scanned (newest first)</source>
        <translation>Ce que le transporteur a scanné (du plus récent au plus ancien)</translation>
    </message>
    <message>
        <source>Get a key at {site}</source>
        <translation>Obtenir une clé sur {site}</translation>
    </message>
    <message>
        <source>{service} key</source>
        <translation>Clé {service}</translation>
    </message>
    <message>
        <source>Test key</source>
        <translation>Tester la clé</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Enregistrer la clé</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <source>A key is saved; paste another to replace it</source>
        <translation>Une clé est enregistrée&#xa0;; collez-en une autre pour la remplacer</translation>
    </message>
    <message>
        <source>Paste your key</source>
        <translation>Collez votre clé</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Paste a key first.</source>
        <translation>Collez d&apos;abord une clé.</translation>
    </message>
    <message>
        <source>Saved in your keyring.</source>
        <translation>Enregistrée dans votre trousseau.</translation>
    </message>
    <message>
        <source>Removed from your keyring.</source>
        <translation>Supprimée de votre trousseau.</translation>
    </message>
    <message>
        <source>Follow parcels with the carriers&apos; own tracking</source>
        <translation>Suivre les colis avec le suivi des transporteurs eux-mêmes</translation>
    </message>
    <message>
        <source>With a key, the app asks the carrier itself where each parcel is (out for delivery, waiting at a post office, held at customs, delivered) and applies TPOP&apos;s rules to it; without one it shows the tracking links, as now. Keys are free, yours, and kept in your keyring. Only tracking numbers are sent.</source>
        <translation>Avec une clé, l&apos;application demande au transporteur lui-même où en est chaque colis (en cours de livraison, en attente au bureau de poste, retenu en douane, livré) et y applique les règles de TPOP&#xa0;; sans clé, elle affiche les liens de suivi, comme maintenant. Les clés sont gratuites, à vous, et gardées dans votre trousseau. Seuls les numéros de suivi sont envoyés.</translation>
    </message>
    <message>
        <source>The keys could not be read: {reason}</source>
        <translation>Les clés n&apos;ont pas pu être lues&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Only parcels the carrier is delivering now</source>
        <translation>Seulement les colis que le transporteur est en train de livrer</translation>
    </message>
    <message>
        <source>Only parcels waiting at a post office or pickup point</source>
        <translation>Seulement les colis en attente dans un bureau de poste ou un point de retrait</translation>
    </message>
    <message>
        <source>Only parcels held at customs, with a failed delivery, a problem, or returned</source>
        <translation>Seulement les colis retenus en douane, à la livraison échouée, avec un problème ou retournés</translation>
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
        <translation>Suit les colis La Poste, Colissimo et Chronopost.</translation>
    </message>
    <message>
        <source>Free plan, granted by La Poste on request: 10 calls a second, no daily limit, up to 10 parcels a call.</source>
        <translation>Offre gratuite, accordée par La Poste sur demande&#xa0;: 10 appels par seconde, sans limite quotidienne, jusqu&apos;à 10 colis par appel.</translation>
    </message>
    <message>
        <source>On La Poste&apos;s developer portal, create an application, subscribe it to the Suivi v2 API and copy its key.</source>
        <translation>Sur le portail développeurs de La Poste, créez une application, abonnez-la à l&apos;API Suivi v2 et copiez sa clé.</translation>
    </message>
    <message>
        <source>Follows DHL and Deutsche Post parcels.</source>
        <translation>Suit les colis DHL et Deutsche Post.</translation>
    </message>
    <message>
        <source>Free: 250 calls a day (reset at midnight GMT), one parcel a call, at most 10 calls about one parcel a day. The app keeps 25 calls a day for your own refreshes.</source>
        <translation>Gratuit&#xa0;: 250 appels par jour (remis à zéro à minuit GMT), un colis par appel, au plus 10 appels par jour pour un même colis. L&apos;application garde 25 appels par jour pour vos propres actualisations.</translation>
    </message>
    <message>
        <source>On the DHL API Developer Portal, create an app with the Shipment Tracking - Unified API and copy its API key.</source>
        <translation>Sur le DHL API Developer Portal, créez une application avec l&apos;API Shipment Tracking - Unified et copiez sa clé d&apos;API.</translation>
    </message>
    <message>
        <source>Follows every other carrier: DPD, Mondial Relay, GLS, bpost, PostNL, UPS...</source>
        <translation>Suit tous les autres transporteurs&#xa0;: DPD, Mondial Relay, GLS, bpost, PostNL, UPS...</translation>
    </message>
    <message>
        <source>Free: 100 new parcels a month (each parcel is registered once), following registered parcels costs nothing, up to 40 parcels a call.</source>
        <translation>Gratuit&#xa0;: 100 nouveaux colis par mois (chaque colis est enregistré une fois), le suivi des colis enregistrés ne coûte rien, jusqu&apos;à 40 colis par appel.</translation>
    </message>
    <message>
        <source>Sign up for the 17TRACK Tracking API and copy the security key from its dashboard.</source>
        <translation>Inscrivez-vous à l&apos;API de suivi 17TRACK et copiez la clé de sécurité depuis son tableau de bord.</translation>
    </message>
    <message>
        <source>Calls today: {used} of {limit}</source>
        <translation>Appels aujourd&apos;hui&#xa0;: {used} sur {limit}</translation>
    </message>
    <message>
        <source>Calls today: {used} (no daily limit)</source>
        <translation>Appels aujourd&apos;hui&#xa0;: {used} (sans limite quotidienne)</translation>
    </message>
    <message>
        <source>New parcels registered this month: {used} of {limit}</source>
        <translation>Nouveaux colis enregistrés ce mois-ci&#xa0;: {used} sur {limit}</translation>
    </message>
    <message>
        <source>Ready: {service} is asked after each sync.</source>
        <translation>Prêt&#xa0;: {service} est interrogé après chaque synchronisation.</translation>
    </message>
    <message>
        <source>No key: parcels it follows show their tracking links only.</source>
        <translation>Pas de clé&#xa0;: les colis qu&apos;il suit n&apos;affichent que leurs liens de suivi.</translation>
    </message>
    <message>
        <source>{service} refused the key: it was revoked or is wrong. Paste a new key.</source>
        <translation>{service} a refusé la clé&#xa0;: elle a été révoquée ou est erronée. Collez une nouvelle clé.</translation>
    </message>
    <message>
        <source>This month&apos;s free registrations are used up: new parcels wait for next month.</source>
        <translation>Les enregistrements gratuits du mois sont épuisés&#xa0;: les nouveaux colis attendent le mois prochain.</translation>
    </message>
    <message>
        <source>Today&apos;s calls are used up.</source>
        <translation>Les appels du jour sont épuisés.</translation>
    </message>
    <message>
        <source>Asked again after {time}.</source>
        <translation>Nouvelle demande après {time}.</translation>
    </message>
    <message>
        <source>{service} asked the app to slow down.</source>
        <translation>{service} a demandé à l&apos;application de ralentir.</translation>
    </message>
    <message>
        <source>{service} cannot be reached or sent an answer the app cannot read. Your stored parcels are unchanged.</source>
        <translation>{service} est injoignable ou a envoyé une réponse illisible pour l&apos;application. Vos colis enregistrés sont inchangés.</translation>
    </message>
    <message>
        <source>The key works.</source>
        <translation>La clé fonctionne.</translation>
    </message>
    <message>
        <source>Paste a key to test it.</source>
        <translation>Collez une clé pour la tester.</translation>
    </message>
    <message>
        <source>{service} refused this key. Check that you copied all of it.</source>
        <translation>{service} a refusé cette clé. Vérifiez que vous l&apos;avez copiée en entier.</translation>
    </message>
    <message>
        <source>The key works, but its quota is used up for now.</source>
        <translation>La clé fonctionne, mais son quota est épuisé pour le moment.</translation>
    </message>
    <message>
        <source>{service} asked to slow down: try again in a minute.</source>
        <translation>{service} a demandé de ralentir&#xa0;: réessayez dans une minute.</translation>
    </message>
    <message>
        <source>{service} cannot be reached right now: try again later.</source>
        <translation>{service} est injoignable pour le moment&#xa0;: réessayez plus tard.</translation>
    </message>
    <message>
        <source>Your keyring is locked: unlock it, then try again.</source>
        <translation>Votre trousseau est verrouillé&#xa0;: déverrouillez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>This computer has no secure keyring, so the key cannot be kept.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau sécurisé&#xa0;: la clé ne peut pas être conservée.</translation>
    </message>
    <message>
        <source>The only keyring here keeps secrets unencrypted, so the key is not kept there.</source>
        <translation>Le seul trousseau disponible ici garde les secrets en clair&#xa0;: la clé n&apos;y est donc pas conservée.</translation>
    </message>
    <message>
        <source>{service} answered just now.</source>
        <translation>{service} vient de répondre.</translation>
    </message>
    <message>
        <source>This order has no tracking number yet.</source>
        <translation>Cette commande n&apos;a pas encore de numéro de suivi.</translation>
    </message>
    <message>
        <source>No key for {service}: add one in Settings &gt; Carrier tracking.</source>
        <translation>Pas de clé pour {service}&#xa0;: ajoutez-en une dans Paramètres &gt; Suivi transporteur.</translation>
    </message>
    <message>
        <source>No free 17TRACK registration is left this month, so no call was made.</source>
        <translation>Il ne reste aucun enregistrement 17TRACK gratuit ce mois-ci&#xa0;: aucun appel n&apos;a été fait.</translation>
    </message>
    <message>
        <source>Today&apos;s {service} calls for this parcel are used up, so no call was made. Try again after midnight GMT.</source>
        <translation>Les appels {service} du jour pour ce colis sont épuisés&#xa0;: aucun appel n&apos;a été fait. Réessayez après minuit GMT.</translation>
    </message>
    <message>
        <source>A refresh is already running: try again in a moment.</source>
        <translation>Une actualisation est déjà en cours&#xa0;: réessayez dans un instant.</translation>
    </message>
    <message>
        <source>{service} could not be asked. Your stored parcel is unchanged.</source>
        <translation>{service} n&apos;a pas pu être interrogé. Votre colis enregistré est inchangé.</translation>
    </message>
    <message>
        <source>{label} ({code})</source>
        <translation>{label} ({code})</translation>
    </message>
    <message>
        <source>The carrier does not know this parcel yet. That is normal: tracking activates within 48 working hours of shipping (by {when}).</source>
        <translation>Le transporteur ne connaît pas encore ce colis. C&apos;est normal&#xa0;: le suivi s&apos;active dans les 48 heures ouvrées après l&apos;expédition (d&apos;ici le {when}).</translation>
    </message>
    <message>
        <source>The carrier says this tracking number is not valid. Check the number with TPOP.</source>
        <translation>Le transporteur indique que ce numéro de suivi n&apos;est pas valide. Vérifiez le numéro auprès de TPOP.</translation>
    </message>
    <message>
        <source>The carrier still does not know this parcel 48 working hours after shipping. Check the tracking number with TPOP.</source>
        <translation>Le transporteur ne connaît toujours pas ce colis 48 heures ouvrées après l&apos;expédition. Vérifiez le numéro de suivi auprès de TPOP.</translation>
    </message>
    <message>
        <source>{service} is delivering the parcel: {words}.</source>
        <translation>{service} est en train de livrer le colis&#xa0;: {words}.</translation>
    </message>
    <message>
        <source>a post office or pickup point</source>
        <translation>un bureau de poste ou un point de retrait</translation>
    </message>
    <message>
        <source>The parcel waits for your customer at {point} since {when}. They collect it there with the tracking number and an identity document.</source>
        <translation>Le colis attend votre client à {point} depuis le {when}. Il le retire sur place avec le numéro de suivi et une pièce d&apos;identité.</translation>
    </message>
    <message>
        <source>{service} says the parcel is held at customs: {words}. Customs usually contact the recipient about duties or documents: ask your customer to watch for the carrier&apos;s message.</source>
        <translation>{service} indique que le colis est retenu en douane&#xa0;: {words}. La douane contacte généralement le destinataire pour des droits ou des documents&#xa0;: demandez à votre client de surveiller le message du transporteur.</translation>
    </message>
    <message>
        <source>A delivery attempt failed: {words}. The carrier usually tries again or leaves the parcel at a post office, where it then waits for pickup.</source>
        <translation>Une tentative de livraison a échoué&#xa0;: {words}. Le transporteur réessaie généralement ou dépose le colis dans un bureau de poste, où il attend alors d&apos;être retiré.</translation>
    </message>
    <message>
        <source>{service} reports a problem: {words}. TPOP support can help once the parcel was shipped more than 21 days ago.</source>
        <translation>{service} signale un problème&#xa0;: {words}. Le support TPOP peut aider une fois le colis expédié depuis plus de 21 jours.</translation>
    </message>
    <message>
        <source>The parcel is back with its sender: {words}.</source>
        <translation>Le colis est revenu à l&apos;expéditeur&#xa0;: {words}.</translation>
    </message>
    <message>
        <source>The parcel is on its way back to its sender: {words}.</source>
        <translation>Le colis est en route vers l&apos;expéditeur&#xa0;: {words}.</translation>
    </message>
    <message>
        <source>A parcel returned for a wrong address can be reshipped for a fee, not refunded: check the address with your customer.</source>
        <translation>Un colis retourné pour une adresse erronée peut être réexpédié moyennant des frais, pas remboursé&#xa0;: vérifiez l&apos;adresse avec votre client.</translation>
    </message>
    <message>
        <source>The carrier&apos;s tracking is authoritative. If your customer says it never arrived, the parcel is often with a neighbour or at the post office (tracking number and an identity document).</source>
        <translation>Le suivi du transporteur fait foi. Si votre client affirme ne jamais l&apos;avoir reçu, le colis est souvent chez un voisin ou au bureau de poste (numéro de suivi et pièce d&apos;identité).</translation>
    </message>
    <message numerus="yes">
        <source>Shortened to {shown} of %n character(s). Right-click to copy the whole text.</source>
        <translation>
            <numerusform>Raccourci à {shown} sur %n caractère. Clic droit pour copier le texte entier.</numerusform>
            <numerusform>Raccourci à {shown} sur %n caractères. Clic droit pour copier le texte entier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the whole text</source>
        <translation>Copier le texte entier</translation>
    </message>
    <message>
        <source>This is the demo</source>
        <translation>Ceci est la démo</translation>
    </message>
    <message>
        <source>The demo&apos;s orders are made up, so TPOP&apos;s dashboard would not know them. With your own TPOP account, this opens the dashboard&apos;s page:</source>
        <translation>Les commandes de la démo sont inventées&#xa0;: le tableau de bord TPOP ne les connaîtrait pas. Avec votre propre compte TPOP, ceci ouvre la page du tableau de bord&#xa0;:</translation>
    </message>
    <message>
        <source>The link could not be opened</source>
        <translation>Le lien n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <source>No web browser opened this link. Copy it and paste it into your browser&apos;s address bar.</source>
        <translation>Aucun navigateur n&apos;a ouvert ce lien. Copiez-le et collez-le dans la barre d&apos;adresse de votre navigateur.</translation>
    </message>
    <message>
        <source>Copy the link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Shipped today: {shipped} · blocked: {blocked} · needs attention: {attention}</source>
        <translation>Expédiées aujourd&apos;hui&#xa0;: {shipped} · bloquées&#xa0;: {blocked} · à traiter&#xa0;: {attention}</translation>
    </message>
    <message>
        <source>Show the orders shipped since midnight</source>
        <translation>Afficher les commandes expédiées depuis minuit</translation>
    </message>
    <message>
        <source>Show the blocked orders</source>
        <translation>Afficher les commandes bloquées</translation>
    </message>
    <message>
        <source>Show the orders where you need to do something</source>
        <translation>Afficher les commandes qui demandent une action de votre part</translation>
    </message>
    <message>
        <source>Shipped today: {count}</source>
        <translation>Expédiées aujourd&apos;hui&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Blocked: {count}</source>
        <translation>Bloquées&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Needs attention: {count}</source>
        <translation>À traiter&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Delivery estimate</source>
        <translation>Livraison estimée</translation>
    </message>
    <message>
        <source>Tell the customer when it should arrive…</source>
        <translation>Dire au client quand il devrait arriver…</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n jour ouvré</numerusform>
            <numerusform>%n jours ouvrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{low}–%n working day(s)</source>
        <translation>
            <numerusform>{low} à %n jour ouvré</numerusform>
            <numerusform>{low} à %n jours ouvrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) or more</source>
        <translation>
            <numerusform>%n jour ouvré ou plus</numerusform>
            <numerusform>%n jours ouvrés ou plus</numerusform>
        </translation>
    </message>
    <message>
        <source>this carrier</source>
        <translation>ce transporteur</translation>
    </message>
    <message numerus="yes">
        <source>Too few of your parcels to {country} with {carrier} for an estimate yet (%n so far; {needed} are needed).</source>
        <translation>
            <numerusform>Trop peu de vos colis vers {country} avec {carrier} pour une estimation (%n pour l&apos;instant ; il en faut {needed}).</numerusform>
            <numerusform>Trop peu de vos colis vers {country} avec {carrier} pour une estimation (%n pour l&apos;instant ; il en faut {needed}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Usually delivered in {window} to {country} with {carrier} (based on %n of your parcels).</source>
        <translation>
            <numerusform>Habituellement livré en {window} vers {country} avec {carrier} (d&apos;après %n de vos colis).</numerusform>
            <numerusform>Habituellement livré en {window} vers {country} avec {carrier} (d&apos;après %n de vos colis).</numerusform>
        </translation>
    </message>
    <message>
        <source>Late: it was expected by {date}. The customer may ask where it is.</source>
        <translation>En retard : il était attendu pour le {date}. Le client risque de demander où il en est.</translation>
    </message>
    <message>
        <source>Expected by {date}.</source>
        <translation>Attendu pour le {date}.</translation>
    </message>
    <message>
        <source>{country} · {carrier}</source>
        <translation>{country} · {carrier}</translation>
    </message>
    <message numerus="yes">
        <source>Too few delivered parcels for figures yet: %n so far.</source>
        <translation>
            <numerusform>Trop peu de colis livrés pour des chiffres : %n pour l&apos;instant.</numerusform>
            <numerusform>Trop peu de colis livrés pour des chiffres : %n pour l&apos;instant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Half of your %n delivered parcels arrived within {median} working days, nine in ten within {p90}; {share} arrived within their usual time.</source>
        <translation>
            <numerusform>La moitié de vos %n colis livrés est arrivée en {median} jours ouvrés, neuf sur dix en {p90} ; {share} sont arrivés dans le délai habituel.</numerusform>
            <numerusform>La moitié de vos %n colis livrés est arrivée en {median} jours ouvrés, neuf sur dix en {p90} ; {share} sont arrivés dans le délai habituel.</numerusform>
        </translation>
    </message>
    <message>
        <source>No parcel over TPOP&apos;s 21-day support limit.</source>
        <translation>Aucun colis au-delà de la limite de 21 jours du support TPOP.</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) delivered after more than 21 days or still travelling: TPOP&apos;s support handles them.</source>
        <translation>
            <numerusform>%n colis livré après plus de 21 jours ou toujours en route : le support TPOP s&apos;en occupe.</numerusform>
            <numerusform>%n colis livrés après plus de 21 jours ou toujours en route : le support TPOP s&apos;en occupe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{lane}: {recent} working days this month against {usual} usually (%n parcels)</source>
        <translation>
            <numerusform>{lane} : {recent} jours ouvrés ce mois-ci contre {usual} d&apos;habitude (%n colis)</numerusform>
            <numerusform>{lane} : {recent} jours ouvrés ce mois-ci contre {usual} d&apos;habitude (%n colis)</numerusform>
        </translation>
    </message>
    <message>
        <source>No delivered parcel for {what}.</source>
        <translation>Aucun colis livré pour {what}.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivered parcel(s) for {what}; most took {days} ({count}).</source>
        <translation>
            <numerusform>%n colis livré pour {what} ; la plupart en {days} ({count}).</numerusform>
            <numerusform>%n colis livrés pour {what} ; la plupart en {days} ({count}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Too few deliveries per week for a trend.</source>
        <translation>Trop peu de livraisons par semaine pour une tendance.</translation>
    </message>
    <message>
        <source>Median transit per week of delivery: {first} working days in the week of {start}, {last} in the week of {end}.</source>
        <translation>Délai médian par semaine de livraison : {first} jours ouvrés la semaine du {start}, {last} la semaine du {end}.</translation>
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
        <translation>TPOP Desktop ne peut pas utiliser son dossier {folder}&#xa0;: {reason}. Vérifiez qu&apos;il est accessible en écriture.</translation>
    </message>
    <message>
        <source>TPOP Desktop cannot start</source>
        <translation>TPOP Desktop ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>BlockReason</name>
    <message>
        <source>unknown reason</source>
        <translation>raison inconnue</translation>
    </message>
    <message>
        <source>payment failed</source>
        <translation>paiement refusé</translation>
    </message>
    <message>
        <source>address problem</source>
        <translation>problème d&apos;adresse</translation>
    </message>
    <message>
        <source>print file problem</source>
        <translation>problème de fichier d&apos;impression</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Needs attention: this order is blocked</source>
        <translation>À traiter&#xa0;: cette commande est bloquée</translation>
    </message>
    <message>
        <source>Needs attention: late, usually delivered by {date}</source>
        <translation>À traiter : en retard, habituellement livré avant le {date}</translation>
    </message>
    <message>
        <source>Needs attention: shipped over 21 days ago and not delivered</source>
        <translation>À traiter&#xa0;: expédiée il y a plus de 21 jours et non livrée</translation>
    </message>
    <message>
        <source>{date} · late</source>
        <translation>{date} · en retard</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>Shop check</source>
        <translation>Contrôle boutique</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>Attendu pour</translation>
    </message>
</context>
<context>
    <name>Parcel</name>
    <message>
        <source>Label created</source>
        <translation>Étiquette créée</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>En transit</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>En cours de livraison</translation>
    </message>
    <message>
        <source>Waiting for pickup</source>
        <translation>En attente de retrait</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Date de livraison</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation>Livraison échouée</translation>
    </message>
    <message>
        <source>Held at customs</source>
        <translation>Retenu en douane</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>Retour à l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
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
        <translation>Boutique TPOP</translation>
    </message>
    <message>
        <source>Manual order</source>
        <translation>Commande manuelle</translation>
    </message>
</context>
<context>
    <name>ShopPlatform</name>
    <message>
        <source>Shop domain</source>
        <translation>Domaine de la boutique</translation>
    </message>
    <message>
        <source>Admin API access token</source>
        <translation>Jeton d&apos;accès à l&apos;API Admin</translation>
    </message>
    <message>
        <source>Site URL</source>
        <translation>URL du site</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Etsy API address</source>
        <translation>Adresse de l&apos;API Etsy</translation>
    </message>
    <message>
        <source>Keystring</source>
        <translation>Keystring</translation>
    </message>
    <message>
        <source>Shared secret</source>
        <translation>Shared secret</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>En production</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>TPOP received the order. You are not charged yet and can still change or cancel it.</source>
        <translation>TPOP a reçu la commande. Elle ne vous est pas encore facturée et vous pouvez encore la modifier ou l&apos;annuler.</translation>
    </message>
    <message>
        <source>In production: you have been charged and the order can no longer be changed or cancelled. It ships 2 to 7 working days after entering production.</source>
        <translation>En production&#xa0;: la commande vous a été facturée et ne peut plus être modifiée ni annulée. Elle est expédiée 2 à 7 jours ouvrés après son passage en production.</translation>
    </message>
    <message>
        <source>On hold: TPOP is waiting for you to fix a payment, address or visual problem.</source>
        <translation>En attente&#xa0;: TPOP attend que vous corrigiez un problème de paiement, d&apos;adresse ou de visuel.</translation>
    </message>
    <message>
        <source>TPOP packed and shipped it and told your customer. The tracking number is below.</source>
        <translation>TPOP l&apos;a emballée et expédiée, et en a informé votre client. Le numéro de suivi figure ci-dessous.</translation>
    </message>
    <message>
        <source>The carrier&apos;s tracking says the parcel was delivered.</source>
        <translation>Selon le suivi du transporteur, le colis a été livré.</translation>
    </message>
    <message>
        <source>Cancelled before production. Nothing was charged.</source>
        <translation>Annulée avant la production. Rien ne vous a été facturé.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>the app&apos;s data folder</source>
        <translation>le dossier de données de l&apos;application</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full: free some space, then sync again.</source>
        <translation>Le disque qui contient {folder} est plein : libérez de la place, puis synchronisez à nouveau.</translation>
    </message>
    <message>
        <source>{folder} cannot be written: check its permissions (or that the disk is not read-only).</source>
        <translation>Impossible d&apos;écrire dans {folder} : vérifiez ses droits (ou que le disque n&apos;est pas en lecture seule).</translation>
    </message>
    <message>
        <source>Another program is using the order database in {folder}: close it, then sync again.</source>
        <translation>Un autre programme utilise la base des commandes dans {folder} : fermez-le, puis synchronisez à nouveau.</translation>
    </message>
    <message>
        <source>The order database in {folder} is damaged: restart TPOP Desktop to rebuild it.</source>
        <translation>La base des commandes dans {folder} est endommagée : redémarrez TPOP Desktop pour la reconstruire.</translation>
    </message>
    <message>
        <source>The order database in {folder} could not be written.</source>
        <translation>La base des commandes dans {folder} n&apos;a pas pu être écrite.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>TPOP cannot be reached. Check your connection.</source>
        <translation>Impossible de joindre TPOP. Vérifiez votre connexion.</translation>
    </message>
    <message>
        <source>TPOP&apos;s server had a problem.</source>
        <translation>Le serveur de TPOP a rencontré un problème.</translation>
    </message>
    <message>
        <source>TPOP asked the app to slow down.</source>
        <translation>TPOP a demandé à l&apos;application de ralentir.</translation>
    </message>
    <message>
        <source>TPOP rejected your token. Reconnect your account to resume syncing.</source>
        <translation>TPOP a refusé votre jeton. Reconnectez votre compte pour reprendre la synchronisation.</translation>
    </message>
    <message>
        <source>Your token is not allowed to read orders. Reconnect with another token.</source>
        <translation>Votre jeton n&apos;a pas le droit de lire les commandes. Reconnectez-vous avec un autre jeton.</translation>
    </message>
    <message>
        <source>TPOP sent an answer the app cannot read. Your stored orders are unchanged.</source>
        <translation>TPOP a envoyé une réponse que l&apos;application ne sait pas lire. Vos commandes enregistrées n&apos;ont pas changé.</translation>
    </message>
    <message>
        <source>TPOP sent far more data than one sync can hold; nothing was changed. The app tries again in an hour.</source>
        <translation>TPOP a envoyé bien plus de données qu&apos;une synchronisation ne peut en contenir ; rien n&apos;a été modifié. L&apos;application réessaie dans une heure.</translation>
    </message>
    <message>
        <source>The local order file could not be written. Your orders are unchanged.</source>
        <translation>Le fichier local des commandes n&apos;a pas pu être écrit. Vos commandes n&apos;ont pas changé.</translation>
    </message>
</context>
</TS>
