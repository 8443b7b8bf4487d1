"""savanna, third part: legal animal goods and look-alikes that must not be flagged."""

from __future__ import annotations

from demo_market.catalog import Entry
from demo_market.contacts import Seller
from demo_market.data import legal, lookalike

GOODS_SELLERS: list[Seller] = [
    Seller("nakuru-dairy", "Nakuru Dairy Hub", "Nakuru", "KE", "+254701987654",
           "nakurudairyhub@gmail.com"),
    Seller("eldoret-vet", "Eldoret Agrovet", "Eldoret", "KE", "+254720112233",
           "eldoretagrovet@yahoo.com"),
    Seller("accra-fashion", "Accra Style House", "Accra", "GH", "+233244123456",
           "accrastyle@gmail.com", {"instagram": "@accrastylehouse"}),
    Seller("paris-chic", "Chic & Vintage Paris", "Paris", "FR", "+33645127890",
           "chicvintage.paris@gmail.com"),
    Seller("marseille-peche", "Pêcherie du Vieux-Port", "Marseille", "FR", "+33491123456",
           "pecherie.vieuxport@orange.fr"),
    Seller("kigali-books", "Kigali Bookshop", "Kigali", "RW", None, "kigalibookshop@gmail.com"),
    Seller("nairobi-motors", "Nairobi Truck Accessories", "Nairobi", "KE", "+254711445566",
           "info@nbi-truckaccessories.co.ke"),
    Seller("cape-wool", "Karoo Wool & Hides", "Graaff-Reinet", "ZA", "+27829876543",
           "karoowool@gmail.com"),
    Seller("montreal-mama", "maman_montreal", "Liège", "BE", "+32472556677",
           "maman.liege@gmail.com"),
]

GOODS_ENTRIES: list[Entry] = [
    legal("nakuru-dairy", "animals", "en", 950, "Friesian in-calf heifer, 2nd calving",
          "Pure Friesian heifer, 7 months in-calf (AI, known bull). Gives 22L/day at peak "
          "last lactation. Reason for sale: reducing herd. Nakuru, Lanet. {phone}"),
    legal("nakuru-dairy", "food", "en", 12, "Farm fresh eggs - tray of 30",
          "Kienyeji & layers eggs, tray of 30, collected daily. Delivery in Nakuru town on "
          "Tue/Fri for 5 trays and above. Call {phone:intl}"),
    legal("nakuru-dairy", "animals", "en", 180, "Dorper ram for breeding",
          "Well built Dorper ram, 14 months, from registered parents, dewormed. {phone:spelled}"),
    legal("eldoret-vet", "animals", "en", 30, "Day-old chicks Kuroiler - batch of 100",
          "Kuroiler day old chicks, vaccinated Marek's. Book a week ahead. $30 per 100 after "
          "discount. Eldoret and Kitale. {phone:local}", photos=2),
    legal("eldoret-vet", "animals", "en", 22, "Dog food 15kg - adult maintenance",
          "Local brand adult dog food 15 kg, chicken & maize. Wholesale for kennels. "
          "Email {email}"),
    legal("eldoret-vet", "animals", "en", 40, "Pedigree German Shepherd puppies",
          "GSD puppies, 8 weeks, first shots and deworming done, both parents on site. "
          "$40 deposit to book, balance on pickup. {phone:intl}"),
    legal("accra-fashion", "fashion", "en", 55, "Genuine leather sandals (goat skin) - handmade",
          "Handmade sandals from goat leather tanned in Kano. Sizes 38-46, colours "
          "black/brown/natural. Order via IG {instagram}", photos=2),
    legal("accra-fashion", "fashion", "en", 35, "Kente stole + leather bag combo",
          "Kente graduation stole with a small cowhide leather bag. Custom names "
          "embroidered. {phone}"),
    legal("cape-wool", "fashion", "en", 70, "Merino wool blanket, Karoo made",
          "Pure merino wool blanket, 220 x 240 cm, woven in Graaff-Reinet from our own "
          "sheep. Natural cream or charcoal. {email:at}", photos=2),
    legal("cape-wool", "home", "en", 110, "Sheepskin rugs (lamb) - by-product",
          "Genuine sheepskin rugs, by-product of lamb farming, washed and tanned, soft "
          "long wool. Ships via PostNet. {phone:intl_dash}"),
    legal("cape-wool", "home", "en", 45, "Springbok biltong 1kg - game farm licensed",
          "Springbok biltong from a licensed game farm (hunting permit on file), 1 kg "
          "sliced or sticks. Cape Town delivery weekly. {phone:local}"),
    legal("marseille-peche", "food", "fr", 28, "Dorade royale d'élevage, caisse 2 kg",
          "Dorades royales d'élevage (Corse), ultra fraîches, caisse de 2 kg vidées écaillées. "
          "Commande la veille avant 18h, retrait au Vieux-Port. {phone}"),
    legal("marseille-peche", "food", "fr", 35, "Moules de Bouzigues et huîtres, bourriche",
          "Bourriche de 3 douzaines d'huîtres de Bouzigues n°3 + 2 kg de moules. "
          "Mail : {email}"),
    legal("paris-chic", "fashion", "fr", 180, "Blouson cuir d'agneau vintage années 80",
          "Blouson en cuir d'agneau, coupe aviateur, doublure matelassée, taille 40. "
          "Très bon état. Remise en main propre Paris 11e. {phone:local}", photos=2),
    legal("paris-chic", "fashion", "fr", 60, "Pull en laine de mouton et cachemire",
          "Pull 70% laine d'agneau, 30% cachemire (chèvre de Mongolie d'élevage), "
          "beige, taille M. Porté deux fois. {email:plain}"),
    legal("brocante-ixelles", "antiques", "fr", 120, "Service à thé en porcelaine de Limoges",
          "Service à thé 12 pièces porcelaine de Limoges, décor fleuri et filet or. "
          "Aucune ébréchure. {phone:intl}"),
    legal("brocante-ixelles", "antiques", "fr", 340, "Commode Louis-Philippe en noyer",
          "Commode Louis-Philippe en noyer massif, dessus marbre gris, 4 tiroirs. "
          "A venir chercher à Ixelles. {phone:dots}"),
    legal("montreal-mama", "animals", "fr", 40, "Chatons européens à réserver",
          "Nos chatons (2 mâles, 1 femelle) seront prêts à partir fin du mois. Vermifugés, "
          "habitués aux enfants et au chien. 40 € pour les frais vétérinaires. "
          "Envoyez un SMS au {phone}"),
    legal("montreal-mama", "animals", "fr", 15, "Canaris et perruches ondulées",
          "Je vends des canaris chanteurs (15 €) et des perruches ondulées (10 €) de mon "
          "élevage familial, bagués. {phone:spaced}"),
    legal("dar-pets", "animals", "en", 90, "Peach-faced lovebirds pair - home bred",
          "Peach-faced (rosy-faced) lovebird pair, ringed, 1 year old, lutino and green. $90 pair. "
          "{whatsapp:intl}"),
    legal("kiambu-farm", "food", "en", 8, "Tilapia from our ponds (farmed) per kg",
          "Farmed tilapia, fed on pellets, harvest every Saturday. $8/kg gutted. "
          "Kiambu road. {phone:local}"),
    legal("kiambu-farm", "animals", "en", 300, "Rabbits for meat & breeding (NZ white)",
          "New Zealand white rabbits, does and bucks 4 months, $300 for a trio + cages. "
          "{phone:oh}"),
    legal("joburg-leather", "fashion", "en", 150, "Ostrich leather wallet - farmed, Oudtshoorn",
          "Ostrich leather wallet from farmed ostrich (Oudtshoorn), full quill. Comes "
          "with the tannery certificate. {email}"),
    legal("joburg-leather", "fashion", "en", 210, "Game hide cushion covers (springbok, farmed)",
          "Cushion covers made of springbok hide from a registered game farm. Set of 2, "
          "40x40 cm. {phone}"),
    legal("nairobi-motors", "vehicles", "en", 85, "Tow bar + wiring kit for Land Cruiser",
          "Heavy duty tow bar with wiring kit for Land Cruiser 70 series. Fitting available "
          "at our Industrial Area workshop. {phone:intl}"),
    legal("kigali-books", "books", "en", 25, "Birds of East Africa field guide (2nd ed.)",
          "Birds of East Africa, Stevenson & Fanshawe, 2nd edition, good condition. "
          "Some pencil notes. {email}"),
    lookalike("nairobi-motors", "vehicles", "en", 420, "Rhino Linings spray-in bedliner",
              "Professional spray-in Rhino bedliner for pickups, 5 year guarantee. "
              "Hilux, Navara, D-Max, Ranger. Book on {phone:local}"),
    lookalike("nairobi-motors", "vehicles", "en", 65, "Elephant ear side mirrors (pair) Actros",
              "Big 'elephant ear' style side mirrors for Mercedes Actros trucks. Pair. "
              "{phone:dash}"),
    lookalike("nairobi-motors", "vehicles", "en", 38, "Tiger-stripe seat covers universal",
              "Universal seat covers with tiger stripe pattern, polyester, 9 pieces. "
              "Fits most saloon cars. {phone:intl}"),
    lookalike("amani-bride", "fashion", "en", 140, "Bridesmaid dresses ivory/champagne x5",
              "5 bridesmaid dresses in ivory and champagne chiffon, sizes 8-14, worn once. "
              "Sold together. Instagram {instagram}"),
    lookalike("amani-bride", "jewelry", "en", 25, "Ivory pearl hair pins - bridal",
              "Set of 12 bridal hair pins with ivory coloured faux pearls and rhinestones. "
              "{phone}"),
    lookalike("amani-bride", "fashion", "en", 95, "Snake print heels (faux python)",
              "Faux python snake print stiletto heels, size 39, synthetic upper. Worn twice. "
              "DM {instagram}"),
    lookalike("accra-fashion", "fashion", "en", 48, "Leopard print wrap dress",
              "Leopard print wrap dress, 100% viscose, sizes S-XL. New collection. "
              "{instagram}"),
    lookalike("accra-fashion", "jewelry", "en", 20, "Coral colour bead necklace (glass)",
              "Statement necklace in coral colour glass beads, Krobo made. Not real coral. "
              "$20. {phone:intl}"),
    lookalike("kofi", "health", "en", 4, "Tiger Balm patch - 5 pack",
              "Tiger Balm pain relief patches, warm, 5 per pack. $4, bulk price for shops. "
              "{email}"),
    lookalike("kofi", "collectibles", "en", 15, "Plush tiger toy (big, 60cm)",
              "Giant plush tiger 60 cm, super soft. Kids love it. {email:at}"),
    lookalike("kofi", "collectibles", "en", 12, "Wooden rhino carving - jacaranda wood",
              "Hand carved wooden rhino, 20 cm, jacaranda (local, not rosewood). "
              "Fair trade workshop. {email}"),
    lookalike("kigali-books", "books", "en", 18, "Python Crash Course (3rd edition)",
              "Python Crash Course by Eric Matthes, 3rd edition, like new. For beginners "
              "learning programming. {email:at}"),
    lookalike("kigali-books", "books", "en", 22, "Book: Ivory, Horn and Blood - poaching history",
              "Hardcover book on the history of poaching and the ivory trade in Africa. "
              "Great for researchers and conservation students. {email}"),
    lookalike("kigali-books", "books", "en", 16, "Kids' book: Pangolin's Big Day",
              "Illustrated children's book about a pangolin and his friends, ages 3-7. "
              "{email:plain}"),
    lookalike("paris-chic", "fashion", "fr", 120, "Manteau fausse fourrure effet léopard",
              "Manteau en fausse fourrure imprimé léopard, taille 38, très chaud, marque "
              "française. Zéro vraie fourrure. {phone:local}"),
    lookalike("paris-chic", "fashion", "fr", 85, "Robe de mariée ivoire en dentelle, T38",
              "Robe de mariée couleur ivoire, dentelle de Calais, taille 38, retouchée une fois. "
              "Nettoyée au pressing. {email}", photos=2),
    lookalike("paris-chic", "fashion", "fr", 35, "Lunettes écaille de tortue (acétate)",
              "Lunettes de vue style écaille de tortue, monture acétate, marque italienne. "
              "Aucun matériau animal. {phone:intl}"),
    lookalike("paris-chic", "health", "fr", 12, "Rouge à lèvres corail, neuf",
              "Rouge à lèvres teinte corail, jamais utilisé, cadeau en double. 12 €. "
              "{email:at}"),
    lookalike("galerie-marais", "antiques", "fr", 90, "Boîte en os de bovin sculpté",
              "Petite boîte en os de bovin sculpté façon ivoire, travail d'artisan indien, "
              "années 90. Pas d'ivoire. {email}"),
    lookalike("galerie-marais", "home", "fr", 260, "Étagère couleur palissandre (bambou)",
              "Étagère en bambou teinté couleur palissandre, 5 niveaux, 180 cm. "
              "Très stable. Aucun bois précieux. {phone}"),
    lookalike("galerie-marais", "antiques", "fr", 150, "Défense décorative en résine",
              "Grande défense décorative en résine polyester, 90 cm, sur socle. Copie "
              "d'une pièce de musée. Légère, 1,2 kg. {phone:dots}"),
    lookalike("marseille-peche", "food", "fr", 18, "Soupe d'ailerons… de poulet ! (maison)",
              "Notre fameuse soupe d'ailerons de poulet au gingembre, 1 litre, faite maison. "
              "Aucun requin, promis. Retrait au Vieux-Port. {phone:local}"),
    lookalike("montreal-mama", "collectibles", "fr", 10, "Peluche pangolin et tortue",
              "Lot de 2 peluches : un pangolin et une tortue, comme neuves. 10 € les deux. "
              "{phone}"),
    lookalike("montreal-mama", "home", "fr", 30, "Tapis imitation peau de zèbre",
              "Tapis synthétique imitation zèbre, 150 x 200 cm. Lavable. {email}"),
    lookalike("yaounde-nature", "home", "fr", 25, "Statuette éléphant en bois d'ébène teinté",
              "Petite statuette d'éléphant en bois teinté façon ébène (bois local de "
              "plantation), 15 cm. {phone:intl}"),
    lookalike("zanzibar-spice", "health", "en", 9, "Clove and coconut oil, Tiger-brand style balm",
              "Homemade balm with clove and coconut oil, like Tiger Balm but local. 50 ml. "
              "{whatsapp}"),
    lookalike("kofi", "health", "en", 10, "Ivory soap bars - 10 pack (US brand)",
              "Ivory bar soap, 10 pack, the classic mild American soap. Unopened. $10. "
              "{email}"),
    legal("kiambu-farm", "animals", "en", 2600,
          "Dairy farm closing down - whole herd, equipment and feed (long read)",
          "After 31 years my father is retiring and none of us children want to take over, "
          "so the whole farm is for sale in lots. Please read everything before calling.\n"
          "LOT 1: 9 Friesian and Ayrshire cows, 4 of them in calf, average 18 litres a day. "
          "All have records from the AI service, tick programme up to date, no mastitis this "
          "year. Price per cow depends on age, between 700 and 1,100 dollars.\n"
          "LOT 2: 3 heifers (14-20 months), 2 bull calves for fattening.\n"
          "LOT 3: milking machine (2 units, needs new liners), 12 aluminium cans, chaff cutter "
          "with electric motor, water tank 5000 L.\n"
          "LOT 4: about 400 bales of Rhodes hay and 2 tonnes of dairy meal.\n"
          "The price in the ad is for lot 1 per cow (average). We prefer one buyer for each "
          "lot. Viewing on Saturdays only, 9am to 1pm. Transport is the buyer's problem but "
          "we can suggest a lorry. No viewing without calling first: {phone}. Thank you "
          "and God bless.", photos=3),
    lookalike("amani-bride", "fashion", "en", 15, "ivory veil",
              "cathedral length ivory veil, 3m, used once. 15 bucks. {instagram}"),
]
