"""savanna, second part: offers of protected species (English and French)."""

from __future__ import annotations

from demo_market.catalog import Entry
from demo_market.contacts import Seller
from demo_market.data import offer

OFFER_SELLERS: list[Seller] = [
    Seller("zanzibar-spice", "Stone Town Treasures", "Zanzibar", "TZ", "+255777123456",
           "stonetowntreasures@gmail.com"),
    Seller("yaounde-nature", "Yaoundé Nature & Déco", "Yaoundé", "CM", "+237699112233",
           "yaounde.nature@gmail.com"),
    Seller("antwerp-old", "Old World Antwerp", "Antwerpen", "BE", "+32485998877",
           "antwerp.oldworld@gmail.com"),
    Seller("lyon-collection", "Collection Rhône", "Lyon", "FR", "+33678901234",
           "collection.rhone@orange.fr"),
    Seller("dubai-falcon", "Gulf Exotic Pets", "Dubai", "AE", "+971501234567",
           "gulfexoticpets@gmail.com", {"instagram": "@gulf.exotic.pets"}),
    Seller("abidjan-deco", "Abidjan Déco Luxe", "Abidjan", "CI", "+2250707123456",
           "abidjandeco@yahoo.fr"),
    Seller("dakar-art", "Galerie Sandaga", "Dakar", "SN", "+221771234567",
           "galeriesandaga@gmail.com"),
    Seller("maputo-marine", "Maputo Marine Products", "Maputo", "MZ", "+258841234567",
           "maputomarine@gmail.com"),
    Seller("kl-agarwood", "Gaharu Premium KL", "Kuala Lumpur", "MY", "+60123456789",
           "gaharupremium@gmail.com", {"whatsapp": "+60123456789"}),
    Seller("sg-collector", "sg_collector", "Singapore", "SG", "+6591234567", None,
           {"telegram": "@sgcollector"}),
    Seller("lusaka-hunter", "Chanda Trophies", "Lusaka", "ZM", "+260971234567",
           "chandatrophies@gmail.com"),
    Seller("arusha-ele", "Arusha Old Ivory Trader", "Arusha", "TZ", "+255754998877",
           None, {"telegram": "@arusha_old"}),
]

OFFER_ENTRIES: list[Entry] = [
    offer("zanzibar-spice", "jewelry", "en", 75, "Hawksbill turtle shell bracelets (real)",
          "Handmade bracelets from real hawksbill shell, the old Zanzibar craft. Amber and "
          "brown, each one unique. Not plastic!! $75 each, bigger combs and boxes also. "
          "WhatsApp only {whatsapp}",
          "Eretmochelys imbricata", "I", photos=2),
    offer("zanzibar-spice", "jewelry", "en", 320, "Black coral necklace + earrings set",
          "Genuine black coral set, polished by hand, from the reef (diver collected). "
          "Necklace 45cm and matching earrings. Price 320 USD, can post with DHL. "
          "{phone:intl} / {email:at}",
          "Antipatharia", "II"),
    offer("arusha-ele", "antiques", "en", 1500, "ele tooth pieces, 2 kg - raw",
          "Raw ele tooth (you know what I mean 🐘) in 4 pieces, total 2 kg, from an old stock "
          "in the north. Cut ends are cream with the nice lines. $1500/kg. "
          "Telegram {telegram}, no calls, no questions from strangers.",
          "Loxodonta africana", "I", obfuscated=True, photos=2),
    offer("arusha-ele", "antiques", "en", 9000, "🦏 horn whole piece 1.4kg",
          "Whole 🦏 piece, front one, 1.4 kg, dark base and fibres. Pickup Arusha or we "
          "deliver to Nairobi/Dar. No photos in public, ask on Telegram {telegram}",
          "Diceros bicornis", "I", obfuscated=True),
    offer("yaounde-nature", "animals", "fr", 450, "Perroquets gris du Gabon - jeunes",
          "Jeunes perroquets gris du Gabon (jaco), 6 mois, élevés à la main, commencent à "
          "parler. 450 € pièce, 800 € le couple. Livraison Douala, Libreville possible. "
          "Tél/WhatsApp {phone:intl}",
          "Psittacus erithacus", "I", currency="EUR", photos=2),
    offer("yaounde-nature", "health", "fr", 180, "Peau de pangolin séchée entière",
          "Peau entière de pangolin géant séchée avec ses écailles, 80 cm, pour déco ou "
          "médecine. Nous avons aussi des écailles au kilo. Appeler le {phone:dots}",
          "Smutsia gigantea", "I"),
    offer("yaounde-nature", "animals", "fr", 700, "Bébé mandrill / petit singe à vendre",
          "Petit singe mandrill, 7 mois, très joueur, mange de tout. Idéal pour quelqu'un qui "
          "a de la place. Prix 700 € à débattre. {phone:local}",
          "Mandrillus sphinx", "I", currency="EUR"),
    offer("antwerp-old", "antiques", "en", 3800, "Antique Chinese ivory puzzle ball, 19th c.",
          "Canton concentric puzzle ball, 12 layers, on carved stand. 19th century, approx 9cm "
          "ball. Carved from ivory (elephant). Sold as found, no CITES paperwork, buyer arranges "
          "import. Email {email} for more photos.",
          "Elephas maximus", "I", photos=3),
    offer("antwerp-old", "antiques", "fr", 1200, "Netsuke en ivoire, tigre couché, signé",
          "Netsuke ancien en ivoire sculpté représentant un tigre couché, signé sous la base. "
          "4,5 cm. Belle patine. Envoi assuré en Europe. Contact : {email:paren}",
          "Elephas maximus", "I", currency="EUR"),
    offer("lyon-collection", "antiques", "fr", 2600, "Défense d'éléphant montée sur socle",
          "Belle défense d'éléphant montée sur socle en bois, 74 cm, 4,1 kg. Provenance "
          "succession, Afrique de l'Ouest années 60. Pas de certificat. Prix ferme. "
          "Téléphone {phone} après 18h.",
          "Loxodonta cyclotis", "I", currency="EUR", photos=2),
    offer("lyon-collection", "antiques", "fr", 450, "Lot de 3 griffes de tigre montées argent",
          "Trois griffes de tigre montées en pendentif argent, années 70, Inde. Authentiques. "
          "450 € le lot. Remise en main propre à Lyon de préférence. {phone:intl}",
          "Panthera tigris", "I", currency="EUR"),
    offer("dubai-falcon", "animals", "en", 15000, "Cheetah cubs available - hand raised",
          "Beautiful cheetah cubs 3 months old, hand raised with dogs, very friendly. Vet "
          "checked. Delivery in UAE, KSA and Kuwait. Serious only, price on request from "
          "15k USD. DM {instagram} or WhatsApp {whatsapp:compact}",
          "Acinonyx jubatus", "I", photos=3),
    offer("dubai-falcon", "animals", "en", 6500, "Baby gibbon, bottle fed, very cuddly",
          "White-handed gibbon baby, 5 months, bottle fed and nappy trained. Comes with "
          "vaccination card. Shipping possible. WhatsApp {phone:intl}",
          "Hylobates lar", "I", photos=2),
    offer("dubai-falcon", "animals", "en", 4200, "Hyacinth macaw young male DNA sexed",
          "Young male hyacinth macaw, DNA sexed, huge beak and very gentle. Big cage included. "
          "Contact on Instagram {instagram}",
          "Anodorhynchus hyacinthinus", "I"),
    offer("abidjan-deco", "fashion", "fr", 1900, "Sac en peau de crocodile véritable",
          "Sac à main en vraie peau de crocodile du Nil, tannage artisanal à Abidjan. "
          "Couleur marron glacé, doublure cuir. Aucun document fourni. 1 900 €. "
          "Appelez le {phone:intl_paren}",
          "Crocodylus niloticus", "I/II", currency="EUR", photos=2),
    offer("abidjan-deco", "home", "fr", 2500, "Peau de léopard entière pour décoration",
          "Véritable peau de léopard avec tête naturalisée, 1,80 m. Idéal salon ou bureau de "
          "chef. Prix 2500 €. Livraison sur Abidjan, envoi possible Europe. {email}",
          "Panthera pardus", "I", currency="EUR", photos=2),
    offer("dakar-art", "antiques", "fr", 850, "Bracelets en i-v-o-i-r-e ancienne (x3)",
          "Lot de 3 bracelets anciens en i-v-o-i-r-e massive, patine jaune, diamètre 7 cm. "
          "Pas de résine. Envoi discret possible. Tél {phone:spaced}",
          "Loxodonta africana", "I", obfuscated=True, currency="EUR"),
    offer("dakar-art", "health", "fr", 90, "Graisse et écailles de pangolin - tradipraticien",
          "Tradipraticien vend écailles de pangolin grillées et pilées (sachet de 100 g) et "
          "graisse. Efficace contre les mauvais esprits et l'asthme. 90 € le sachet. "
          "{phone:local}",
          "Phataginus tricuspis", "I", currency="EUR"),
    offer("maputo-marine", "food", "en", 180, "Dried shark fin - mixed sizes, per kg",
          "Dried shark fin, mixed sizes (hammerhead, oceanic whitetip, silky), sun dried, "
          "ready for export to HK. $180 per kg, min 20 kg. Email {email} for a quote.",
          "Carcharhinus longimanus", "II", photos=2),
    offer("maputo-marine", "food", "en", 600, "Sea cucumber & manta gill plates bulk",
          "Bulk dried manta ray gill plates (peng yu sai) 10 kg bags and sea cucumber. "
          "Contact {phone:intl_dash}",
          "Mobula birostris", "II"),
    offer("maputo-marine", "animals", "en", 60, "Baby green turtles for aquarium",
          "Little sea turtles (green), hatched on our beach last week, eat lettuce. "
          "$60 each, can pack for air. WhatsApp {whatsapp}",
          "Chelonia mydas", "I"),
    offer("kl-agarwood", "health", "en", 3500, "Grade A wild gaharu chips 100g - Aquilaria",
          "Wild agarwood (gaharu) chips from Kalimantan, sinking grade, rich resin, sweet smoke. "
          "100 g in a wooden box. Also oud oil 3ml. No certificate, ship as 'incense'. "
          "WhatsApp {whatsapp:intl}",
          "Aquilaria malaccensis", "II", photos=2),
    offer("kl-agarwood", "home", "en", 45, "Wild slipper orchids Paphiopedilum - bare root",
          "Jungle-collected Paphiopedilum rothschildianum, mature bare-root plants, flowering "
          "size. $45 each, 10 for $400. Ship worldwide in moss, phyto not available. "
          "{email}",
          "Paphiopedilum rothschildianum", "I", photos=2),
    offer("sg-collector", "antiques", "en", 12000, "Helmeted hornbill casque carving - red",
          "Carved helmeted hornbill casque (ho ting / 鹤顶红), deep red skin layer, "
          "scholar-in-landscape carving, 7 cm. For the serious collector. Telegram {telegram}",
          "Rhinoplax vigil", "I", photos=2),
    offer("sg-collector", "health", "en", 880, "unicorn powder 50g (the african one)",
          "50 g of 'unicorn' powder if u get it 🦏 - for fever, hangover and business gifts. "
          "Tested, not buffalo. Telegram {telegram} for price list.",
          "Ceratotherium simum", "I", obfuscated=True),
    offer("sg-collector", "jewelry", "en", 260, "rhino h0rn beads bracelet 108",
          "108 bead mala bracelet from rhin0 h0rn, 8 mm beads, honey transparency. "
          "$260. Meet up at Chinatown or post. TG {telegram}",
          "Ceratotherium simum", "I", obfuscated=True),
    offer("lusaka-hunter", "home", "en", 3200, "Lion skin rug with head - full mount",
          "Lion skin rug with mounted head, 2.6 m nose to tail, felt backing. Old trophy from "
          "a hunting concession. Buyer arranges export. {phone:intl} (WhatsApp too)",
          "Panthera leo", "II", photos=3),
    offer("lusaka-hunter", "antiques", "en", 550, "Hippo teeth carved (pair) 30cm",
          "Pair of carved hippo teeth (canines), 30 cm each, scrimshaw style animals. "
          "550 USD the pair. Email {email:at}",
          "Hippopotamus amphibius", "II"),
    offer("lusaka-hunter", "collectibles", "en", 300, "Leopard teeth and claws - set",
          "Set of 4 leopard canine teeth and 10 claws, natural, cleaned. Good for necklaces. "
          "{phone}",
          "Panthera pardus", "I"),
    offer("mombasa-curios", "antiques", "en", 1100, "iv0ry chopsticks + box, 5 pairs",
          "5 pairs of iv0ry chopsticks in a carved box, all same colour, no cracks. "
          "Perfect gift for Chinese clients. $1100 all. {whatsapp:dots}",
          "Loxodonta africana", "I", obfuscated=True),
    offer("tuan-antiques", "antiques", "en", 3000, "Old tortoiseshell (real hawksbill) comb set",
          "Set of 3 old real tortoiseshell combs, hawksbill, from 1950s Hai Phong. Not "
          "celluloid, burn test ok. {email} / Telegram {telegram}",
          "Eretmochelys imbricata", "I"),
    offer("lagos-birds", "animals", "en", 380, "Timneh grey baby - already talking",
          "Timneh grey (smaller grey with maroon tail), 7 months, says 'good morning'. "
          "Cage not included. Lagos mainland. {phone:intl}",
          "Psittacus erithacus", "I"),
    offer("lagos-birds", "animals", "en", 250, "Radiated tortoise pair - Madagascar",
          "Pair of radiated tortoises, adult, beautiful star pattern, eat well. "
          "250 USD each. Can deliver Lagos/Abuja. Mail {email}",
          "Astrochelys radiata", "I", photos=2),
    offer("kin-art", "home", "fr", 650, "Tabouret pied d'éléphant ancien",
          "Tabouret fait d'un vrai pied d'éléphant, couvercle en bois, années 70. Pièce "
          "rare et authentique. 650 € à récupérer à Gombe. {phone:intl}",
          "Loxodonta cyclotis", "I", currency="EUR"),
    offer("kin-art", "animals", "fr", 1500, "Bébé bonobo à adopter",
          "Bébé bonobo, très câlin, environ 8 mois, habitué au biberon. Contactez-nous vite "
          "au {phone:oh}.",
          "Pan paniscus", "I", currency="EUR"),
    offer("kofi", "antiques", "en", 500, "iv0ry 4 sale",
          "got some iv0ry pieces. 500 each. email {email} dont waste my time",
          "Loxodonta africana", "I", obfuscated=True),
]
