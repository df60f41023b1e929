namespace Nop.Plugin.Misc.MerchantOps.Planner.Domain;

/// <summary>
/// The default routine: a shop manager's week, hour by hour, in English and French. Monday morning reviews the
/// weekend's and last week's sales and traffic, holds the weekly to-do meeting (one hour at most), answers the
/// weekend's customer messages, then Pinterest (30 minutes) and Instagram. Every other weekday morning starts with
/// yesterday's figures (15–30 minutes) and customer e-mails and messages (30–60 minutes). Every afternoon has a
/// two-hour strategy block (editorial plan, a collection, suppliers, photo shoot, shop management, accounting…), one
/// hour packing the day's orders and one to two hours of social networks. Tuesday: a blog article; Wednesday:
/// batch-create next week's social posts; Thursday: schedule them; Friday: KPI analysis (where visitors come from,
/// whether they buy, who they are, funnel leaks, the effect of the week's actions) and the strategy of the next weeks;
/// once a month (first Friday): the merchandising meeting, with an agenda. Editable afterwards like any block.
/// </summary>
public static class PlannerRoutineSeeds
{
    private const string Weekdays = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR";
    private const string TuesdayToFriday = "FREQ=WEEKLY;BYDAY=TU,WE,TH,FR";

    private const string Figures = "#00a65a";
    private const string Customers = "#f39c12";
    private const string Social = "#d81b60";
    private const string Meeting = "#605ca8";
    private const string Strategy = "#3c8dbc";
    private const string Orders = "#dd4b39";
    private const string Content = "#39cccc";

    /// <summary>"fr…" gives the French routine, anything else the English one.</summary>
    public static IReadOnlyList<PlannerSeedBlock> For(string culture) =>
        culture != null && culture.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? French : English;

    public static string CultureOf(string culture) =>
        culture != null && culture.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? "fr" : "en";

    public static IReadOnlyList<PlannerSeedBlock> English { get; } =
    [
        new("Weekend and last week's sales and traffic", "Figures", "FREQ=WEEKLY;BYDAY=MO", new(9, 0), 30, Figures, PlannerLiveBinding.YesterdaysFigures,
            "Open the analytics: sales and traffic of the weekend and of last week."),
        new("Weekly to-do meeting", "Meeting", "FREQ=WEEKLY;BYDAY=MO", new(9, 30), 60, Meeting, PlannerLiveBinding.None,
            "The week's to-do list (not the day's) and who does what. One hour at most: keep it short."),
        new("Weekend customer messages", "Customers", "FREQ=WEEKLY;BYDAY=MO", new(10, 30), 60, Customers, PlannerLiveBinding.AwaitingReply,
            "Complaints and messages of the weekend: answer them quickly."),
        new("Pinterest", "Social networks", "FREQ=WEEKLY;BYDAY=MO", new(11, 30), 30, Social, PlannerLiveBinding.None,
            "Pin your content and your partners' content."),
        new("Instagram", "Social networks", "FREQ=WEEKLY;BYDAY=MO", new(12, 0), 30, Social, PlannerLiveBinding.None,
            "Answer comments and direct messages, welcome new followers, interact with new accounts."),
        new("Yesterday's figures", "Figures", TuesdayToFriday, new(9, 0), 30, Figures, PlannerLiveBinding.YesterdaysFigures,
            "15 to 30 minutes on yesterday's figures."),
        new("Customer e-mails and messages", "Customers", TuesdayToFriday, new(9, 30), 60, Customers, PlannerLiveBinding.AwaitingReply,
            "30 minutes to 1 hour answering customers' e-mails and messages."),
        new("Blog article", "Content", "FREQ=WEEKLY;BYDAY=TU", new(10, 30), 90, Content, PlannerLiveBinding.None,
            "Write the article, schedule it for next week and plan its promotion in posts, stories and pins."),
        new("Create next week's social posts", "Social networks", "FREQ=WEEKLY;BYDAY=WE", new(10, 30), 90, Social, PlannerLiveBinding.None,
            "Batch-create next week's Instagram and Pinterest posts and visuals in one go."),
        new("Schedule next week's social posts", "Social networks", "FREQ=WEEKLY;BYDAY=TH", new(10, 30), 90, Social, PlannerLiveBinding.None,
            "Schedule every post and story of next week in your scheduling tool."),
        new("KPI analysis", "Figures", "FREQ=WEEKLY;BYDAY=FR", new(10, 30), 60, Figures, PlannerLiveBinding.YesterdaysFigures, null,
        [
            "Where do visitors come from?",
            "Do visitors buy?",
            "Who are the visitors and customers?",
            "Are there leaks in the sales funnel? If so, why?",
            "Measure the effect of the week's actions: what worked, what did not?"
        ]),
        new("Strategy for the next weeks", "Strategy", "FREQ=WEEKLY;BYDAY=FR", new(11, 30), 30, Strategy, PlannerLiveBinding.None,
            "Decide the actions of the next weeks from the KPI analysis."),
        new("Strategy and operations", "Strategy", Weekdays, new(14, 0), 120, Strategy, PlannerLiveBinding.None,
            "Two hours for the shop's strategy and activity: editorial plan of the month, a new collection, suppliers and partners, photo shoot, shop management, accounting…"),
        new("Pack the day's orders", "Orders", Weekdays, new(16, 0), 60, Orders, PlannerLiveBinding.OrdersToPack, null,
        [
            "Open Merchant Ops → Packing: the orders waiting to be packed.",
            "Create a batch of the oldest orders.",
            "Pick the items with the pick list.",
            "Scan each item on the pack screen and ship each order.",
            "Print the packaging slips and hand the parcels to the carrier."
        ]),
        new("Social networks", "Social networks", Weekdays, new(17, 0), 90, Social, PlannerLiveBinding.None,
            "1 to 2 hours: interactions, comments, direct messages."),
        new("Merchandising meeting", "Meeting", "FREQ=MONTHLY;BYDAY=1FR", new(14, 0), 60, Meeting, PlannerLiveBinding.None,
            "Plan the actions that bring the shop to life (promotions, themes, events) with the team.",
        [
            "Review last month's actions and their results.",
            "Upcoming dates and themes.",
            "Promotions and events to plan.",
            "Who does what, by when."
        ])
    ];

    public static IReadOnlyList<PlannerSeedBlock> French { get; } =
    [
        new("Ventes et trafic du week-end et de la semaine passée", "Chiffres", "FREQ=WEEKLY;BYDAY=MO", new(9, 0), 30, Figures, PlannerLiveBinding.YesterdaysFigures,
            "Ouvrir l'outil d'analytics : ventes et trafic du week-end et de la semaine passée."),
        new("Réunion TO DO de la semaine", "Réunion", "FREQ=WEEKLY;BYDAY=MO", new(9, 30), 60, Meeting, PlannerLiveBinding.None,
            "La liste des tâches de la semaine (pas du jour) et la mission de chacun. Une heure maximum : aller à l'essentiel."),
        new("Messages clients du week-end", "Clients", "FREQ=WEEKLY;BYDAY=MO", new(10, 30), 60, Customers, PlannerLiveBinding.AwaitingReply,
            "Réclamations et messages clients du week-end : y répondre rapidement."),
        new("Pinterest", "Réseaux sociaux", "FREQ=WEEKLY;BYDAY=MO", new(11, 30), 30, Social, PlannerLiveBinding.None,
            "Épingler votre contenu et celui de vos partenaires."),
        new("Instagram", "Réseaux sociaux", "FREQ=WEEKLY;BYDAY=MO", new(12, 0), 30, Social, PlannerLiveBinding.None,
            "Répondre aux commentaires et aux messages privés, souhaiter la bienvenue aux nouveaux abonnés, interagir avec de nouveaux comptes."),
        new("Chiffres de la veille", "Chiffres", TuesdayToFriday, new(9, 0), 30, Figures, PlannerLiveBinding.YesterdaysFigures,
            "15 à 30 minutes sur les chiffres de la veille."),
        new("E-mails et messages clients", "Clients", TuesdayToFriday, new(9, 30), 60, Customers, PlannerLiveBinding.AwaitingReply,
            "30 minutes à 1 heure pour répondre aux e-mails et messages des clients."),
        new("Article de blog", "Contenu", "FREQ=WEEKLY;BYDAY=TU", new(10, 30), 90, Content, PlannerLiveBinding.None,
            "Rédiger l'article, programmer sa publication pour la semaine suivante et prévoir sa promotion (posts, stories, épingles)."),
        new("Création des posts de la semaine suivante", "Réseaux sociaux", "FREQ=WEEKLY;BYDAY=WE", new(10, 30), 90, Social, PlannerLiveBinding.None,
            "Créer d'un coup les posts et visuels Instagram et Pinterest de la semaine suivante."),
        new("Programmation des posts de la semaine suivante", "Réseaux sociaux", "FREQ=WEEKLY;BYDAY=TH", new(10, 30), 90, Social, PlannerLiveBinding.None,
            "Programmer tous les posts et stories de la semaine suivante dans l'outil de planification."),
        new("Analyse des KPI", "Chiffres", "FREQ=WEEKLY;BYDAY=FR", new(10, 30), 60, Figures, PlannerLiveBinding.YesterdaysFigures, null,
        [
            "D'où viennent les visiteurs ?",
            "Les visiteurs achètent-ils ?",
            "Qui sont les visiteurs et les clients ?",
            "Y a-t-il des fuites dans le tunnel de vente ? Si oui, pourquoi ?",
            "Mesurer l'effet des actions de la semaine : ce qui marche, ce qui ne marche pas."
        ]),
        new("Stratégie des semaines suivantes", "Stratégie", "FREQ=WEEKLY;BYDAY=FR", new(11, 30), 30, Strategy, PlannerLiveBinding.None,
            "Décider des actions des semaines suivantes à partir de l'analyse des KPI."),
        new("Stratégie et opérationnel", "Stratégie", Weekdays, new(14, 0), 120, Strategy, PlannerLiveBinding.None,
            "Deux heures pour la stratégie et l'activité de la boutique : planning éditorial du mois, nouvelle collection, fournisseurs et partenaires, shooting photo, gestion de la boutique, comptabilité…"),
        new("Préparation des commandes du jour", "Commandes", Weekdays, new(16, 0), 60, Orders, PlannerLiveBinding.OrdersToPack, null,
        [
            "Ouvrir Merchant Ops → Préparation des commandes : les commandes à préparer.",
            "Créer un lot avec les commandes les plus anciennes.",
            "Prélever les articles avec la liste de prélèvement.",
            "Scanner chaque article sur l'écran d'emballage et expédier chaque commande.",
            "Imprimer les bons de livraison et remettre les colis au transporteur."
        ]),
        new("Réseaux sociaux", "Réseaux sociaux", Weekdays, new(17, 0), 90, Social, PlannerLiveBinding.None,
            "1 à 2 heures : interactions, commentaires, messages privés."),
        new("Réunion d'animation commerciale", "Réunion", "FREQ=MONTHLY;BYDAY=1FR", new(14, 0), 60, Meeting, PlannerLiveBinding.None,
            "Planifier avec l'équipe les actions qui animent la boutique (promotions, thèmes, événements).",
        [
            "Bilan des actions du mois passé et de leurs résultats.",
            "Dates et thèmes à venir.",
            "Promotions et événements à planifier.",
            "Qui fait quoi, pour quand."
        ])
    ];
}
