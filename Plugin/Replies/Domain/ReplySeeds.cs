namespace Nop.Plugin.Misc.MerchantOps.Replies.Domain;

/// <summary>
/// The twelve ready answers the plugin seeds at install (the last two are sent by the follow-up rules), short and polite, with nopCommerce's own tokens. Replies
/// that need an order (NeedsOrder) use order and shipment tokens; the others only store and customer tokens, so
/// they can be sent from a customer page too.
/// </summary>
public static class ReplySeeds
{
    private const string En = "<p>Kind regards,<br>%Store.Name%</p>";
    private const string Fr = "<p>Bien cordialement,<br>%Store.Name%</p>";

    public static IReadOnlyList<ReplySeed> All { get; } =
    [
        new("where-is-my-order", 1, true,
            new("Orders", "Where is my order?", "/where", "Your order %Order.OrderNumber%",
                "<p>Hello %Order.CustomerFullName%,</p><p>Thank you for your message. Your order %Order.OrderNumber% of %Order.CreatedOn% is being prepared. As soon as it ships, you will receive an email with the tracking number.</p><p>You can follow it at any time in your account: %Order.OrderURLForCustomer%</p>" + En),
            new("Commandes", "Où est ma commande ?", "/ou", "Votre commande %Order.OrderNumber%",
                "<p>Bonjour %Order.CustomerFullName%,</p><p>Merci pour votre message. Votre commande %Order.OrderNumber% du %Order.CreatedOn% est en préparation. Dès son expédition, vous recevrez un e-mail avec le numéro de suivi.</p><p>Vous pouvez la suivre à tout moment depuis votre compte : %Order.OrderURLForCustomer%</p>" + Fr)),
        new("delay-notice", 2, true,
            new("Shipping", "Delay notice", "/delay", "Delay on your order %Order.OrderNumber%",
                "<p>Hello %Order.CustomerFullName%,</p><p>We are sorry: your order %Order.OrderNumber% is taking longer than planned. We expect to ship it within a few days and will let you know as soon as it leaves.</p><p>Thank you for your patience.</p>" + En),
            new("Livraison", "Retard de livraison", "/retard", "Retard de votre commande %Order.OrderNumber%",
                "<p>Bonjour %Order.CustomerFullName%,</p><p>Nous sommes désolés : votre commande %Order.OrderNumber% prend plus de temps que prévu. Nous pensons l’expédier d’ici quelques jours et vous préviendrons dès son départ.</p><p>Merci de votre patience.</p>" + Fr)),
        new("tracking-sent", 3, true,
            new("Shipping", "Tracking number", "/tracking", "Your order %Order.OrderNumber% has shipped",
                "<p>Hello %Order.CustomerFullName%,</p><p>Good news: your order %Order.OrderNumber% has shipped. Your tracking number is %Shipment.TrackingNumber%.</p><p>Shipment details: %Shipment.URLForCustomer%</p>" + En),
            new("Livraison", "Numéro de suivi", "/suivi", "Votre commande %Order.OrderNumber% est expédiée",
                "<p>Bonjour %Order.CustomerFullName%,</p><p>Bonne nouvelle : votre commande %Order.OrderNumber% est partie. Votre numéro de suivi est %Shipment.TrackingNumber%.</p><p>Détails de l’expédition : %Shipment.URLForCustomer%</p>" + Fr)),
        new("return-procedure", 4, true,
            new("Returns", "How to return an item", "/return", "Returning items from order %Order.OrderNumber%",
                "<p>Hello %Order.CustomerFullName%,</p><p>To return an item, open your order %Order.OrderNumber% in your account (%Order.OrderURLForCustomer%) and choose “Return item(s)”, within the period stated in our conditions of sale. Please send the items back in their original packaging.</p><p>As soon as we receive them, we will process your return.</p>" + En),
            new("Retours", "Comment retourner un article", "/retour", "Retour d’articles de la commande %Order.OrderNumber%",
                "<p>Bonjour %Order.CustomerFullName%,</p><p>Pour retourner un article, ouvrez votre commande %Order.OrderNumber% dans votre compte (%Order.OrderURLForCustomer%) et choisissez « Retourner des articles », dans le délai prévu par nos conditions de vente. Merci de renvoyer les articles dans leur emballage d’origine.</p><p>Nous traiterons votre retour dès leur réception.</p>" + Fr)),
        new("refund-done", 5, true,
            new("Returns", "Refund done", "/refund", "Refund of your order %Order.OrderNumber%",
                "<p>Hello %Order.CustomerFullName%,</p><p>We have refunded your order %Order.OrderNumber% with the payment method you used (%Order.PaymentMethod%). Depending on your bank, the amount may take a few days to appear on your account.</p>" + En),
            new("Retours", "Remboursement effectué", "/rembourse", "Remboursement de votre commande %Order.OrderNumber%",
                "<p>Bonjour %Order.CustomerFullName%,</p><p>Nous avons remboursé votre commande %Order.OrderNumber% avec le moyen de paiement utilisé (%Order.PaymentMethod%). Selon votre banque, le montant peut mettre quelques jours à apparaître sur votre compte.</p>" + Fr)),
        new("delivery-costs", 6, false,
            new("Shipping", "Delivery costs", "/shipping-cost", "Delivery costs",
                "<p>Hello %Customer.FullName%,</p><p>Thank you for your question. Delivery costs depend on the weight of your order and on the delivery address; they are shown at checkout, before you pay, for every delivery method available.</p><p>Our shop: %Store.URL%</p>" + En),
            new("Livraison", "Frais de livraison", "/frais-port", "Frais de livraison",
                "<p>Bonjour %Customer.FullName%,</p><p>Merci pour votre question. Les frais de livraison dépendent du poids de votre commande et de l’adresse de livraison ; ils sont affichés lors de la commande, avant le paiement, pour chaque mode de livraison proposé.</p><p>Notre boutique : %Store.URL%</p>" + Fr)),
        new("back-order", 7, true,
            new("Orders", "Out of stock / back-order", "/backorder", "An item of your order %Order.OrderNumber% is out of stock",
                "<p>Hello %Order.CustomerFullName%,</p><p>An item of your order %Order.OrderNumber% is temporarily out of stock. We will ship it as soon as it is back. If you prefer, reply to this email and we will cancel it and refund you.</p><p>We apologise for the inconvenience.</p>" + En),
            new("Commandes", "Rupture de stock / réapprovisionnement", "/rupture", "Un article de votre commande %Order.OrderNumber% est en rupture",
                "<p>Bonjour %Order.CustomerFullName%,</p><p>Un article de votre commande %Order.OrderNumber% est momentanément en rupture de stock. Nous l’expédierons dès son retour. Si vous préférez, répondez à cet e-mail et nous l’annulerons et vous rembourserons.</p><p>Veuillez nous excuser pour ce contretemps.</p>" + Fr)),
        new("payment-options", 8, false,
            new("Payment", "Payment options", "/payment", "Payment options",
                "<p>Hello %Customer.FullName%,</p><p>You can pay with any of the payment methods offered at checkout on %Store.URL%. Your payment is confirmed by email as soon as it is received.</p>" + En),
            new("Paiement", "Moyens de paiement", "/paiement", "Moyens de paiement",
                "<p>Bonjour %Customer.FullName%,</p><p>Vous pouvez payer avec l’un des moyens de paiement proposés lors de la commande sur %Store.URL%. Votre paiement est confirmé par e-mail dès sa réception.</p>" + Fr)),
        new("address-change", 9, true,
            new("Orders", "Change of address", "/address", "Delivery address of order %Order.OrderNumber%",
                "<p>Hello %Order.CustomerFullName%,</p><p>We have noted your request to change the delivery address of order %Order.OrderNumber%. The current address is: %Order.ShippingAddressLine%.</p><p>Please reply with the complete new address. We can change it as long as the order has not shipped.</p>" + En),
            new("Commandes", "Changement d’adresse", "/adresse", "Adresse de livraison de la commande %Order.OrderNumber%",
                "<p>Bonjour %Order.CustomerFullName%,</p><p>Nous avons bien noté votre demande de changement d’adresse de livraison pour la commande %Order.OrderNumber%. L’adresse actuelle est : %Order.ShippingAddressLine%.</p><p>Merci de nous répondre avec la nouvelle adresse complète. Nous pouvons la modifier tant que la commande n’est pas expédiée.</p>" + Fr)),
        new("review-request", 10, true,
            new("After sale", "Review request", "/review", "How was your order %Order.OrderNumber%?",
                "<p>Hello %Order.CustomerFullName%,</p><p>Thank you for your order %Order.OrderNumber%! If you are happy with it, a short review on %Store.URL% would help other customers a lot.</p>" + En),
            new("Après-vente", "Demande d’avis", "/avis", "Votre avis sur la commande %Order.OrderNumber%",
                "<p>Bonjour %Order.CustomerFullName%,</p><p>Merci pour votre commande %Order.OrderNumber% ! Si vous en êtes satisfait(e), un court avis sur %Store.URL% aiderait beaucoup les autres clients.</p>" + Fr)),
        // Sent by the follow-up rules (Replies/FollowUps): the payment reminder of an order still pending payment, and the
        // abandoned-cart reminder (customer and store tokens only: the composer adds the cart's lines and the link back).
        new("unpaid-order", 11, true,
            new("Payment", "Payment reminder", "/unpaid", "Your order %Order.OrderNumber% is awaiting payment",
                "<p>Hello %Order.CustomerFullName%,</p><p>We have not yet received the payment for your order %Order.OrderNumber% of %Order.CreatedOn% (%Order.PaymentMethod%). We will prepare it as soon as the payment arrives.</p><p>Your order: %Order.OrderURLForCustomer%</p><p>If you have already paid, please ignore this message.</p>" + En),
            new("Paiement", "Relance de paiement", "/impaye", "Votre commande %Order.OrderNumber% attend son paiement",
                "<p>Bonjour %Order.CustomerFullName%,</p><p>Nous n’avons pas encore reçu le paiement de votre commande %Order.OrderNumber% du %Order.CreatedOn% (%Order.PaymentMethod%). Nous la préparerons dès sa réception.</p><p>Votre commande : %Order.OrderURLForCustomer%</p><p>Si vous avez déjà payé, merci de ne pas tenir compte de ce message.</p>" + Fr)),
        new("abandoned-cart", 12, false,
            new("Orders", "Abandoned cart reminder", "/cart", "Your cart is waiting for you at %Store.Name%",
                "<p>Hello %Customer.FullName%,</p><p>You left some items in your cart. We have kept them for you: you can complete your order whenever you like.</p><p>If you have a question, simply reply to this email.</p>" + En),
            new("Commandes", "Relance de panier", "/panier", "Votre panier vous attend chez %Store.Name%",
                "<p>Bonjour %Customer.FullName%,</p><p>Vous avez laissé des articles dans votre panier. Nous les avons gardés pour vous : vous pouvez finaliser votre commande quand vous le souhaitez.</p><p>Une question ? Répondez simplement à cet e-mail.</p>" + Fr))
    ];
}
