"""savanna: an English/French marketplace (East/West Africa, Europe), USD and EUR."""

from __future__ import annotations

from demo_market.contacts import Seller
from demo_market.data import legal, lookalike, offer
from demo_market.data.savanna_goods import GOODS_ENTRIES, GOODS_SELLERS
from demo_market.data.savanna_offers import OFFER_ENTRIES, OFFER_SELLERS

SELLERS = [
    Seller("mombasa-curios", "Mombasa Curio House", "Mombasa", "KE", "+254712345678",
           "mombasacurios@gmail.com"),
    Seller("tuan-antiques", "Tuan Antiques & Collectibles", "Hanoi", "VN", "+84912345678",
           "tuan.antique88@yahoo.com", {"telegram": "@tuan_collect"}),
    Seller("lagos-birds", "Lagos Exotic Birds", "Lagos", "NG", "+2348031234567",
           "lagosexoticbirds@outlook.com"),
    Seller("kin-art", "Art Congo Kin", "Kinshasa", "CD", "+243812345678", "artcongokin@gmail.com"),
    Seller("douala-bois", "Douala Bois Précieux", "Douala", "CM", "+237677123456",
           "doualabois@yahoo.fr"),
    Seller("galerie-marais", "Galerie du Marais", "Paris", "FR", "+33612345678",
           "contact@galerie-du-marais.fr"),
    Seller("kiambu-farm", "Kiambu Farm Supplies", "Kiambu", "KE", "+254722334455",
           "sales@kiambufarm.co.ke"),
    Seller("joburg-leather", "Joburg Leather Co.", "Johannesburg", "ZA", "+27821234567",
           "hello@joburgleather.co.za"),
    Seller("brocante-ixelles", "Brocante Ixelles", "Bruxelles", "BE", "+32470123456",
           "brocante.ixelles@skynet.be"),
    Seller("dar-pets", "Dar Pet Corner", "Dar es Salaam", "TZ", "+255754123456",
           "darpetcorner@gmail.com"),
    Seller("amani-bride", "Amani Bridal Boutique", "Nairobi", "KE", "+254733987654",
           "amanibridal@gmail.com", {"instagram": "@amani.bridal.ke"}),
    Seller("kofi", "kofi_deals", "Accra", "GH", None, "kofi.deals@gmail.com"),
]

ENTRIES = [
    offer("mombasa-curios", "antiques", "en", 2400,
          "Hand carved elephant tusk 3.2kg - genuine, old stock",
          "Genuine elephant ivory tusk, hand carved with a village scene (Big Five + acacia). "
          "3.2 kg, 61 cm along the curve. Old stock from my late uncle's shop, never displayed. "
          "Not resin, not bone - you can do the hot needle test when you come.\n"
          "Can pack it so it passes as a wooden carving for shipping. Serious buyers only, "
          "WhatsApp {whatsapp}.",
          "Loxodonta africana", "I", photos=3, key="tusk"),
    offer("mombasa-curios", "jewelry", "en", 180,
          "white gold bangles x4 (the real stuff, not metal)",
          "4 bangles of 'white gold' if u know u know 😉 polished, yellowish inside, "
          "cross-hatching visible under a loupe. 180 USD each or 650 for the lot. "
          "Discreet postage worldwide. call/text {phone}",
          "Loxodonta africana", "I", obfuscated=True, photos=2),
    offer("tuan-antiques", "health", "en", 950,
          "R.H. powder 100g - top grade, from Africa",
          "Selling r.h. powder, 100 grams, grinded fresh from a full piece (pics of the piece "
          "before grinding available). Good for fever and detox like grandfather used. "
          "Price per 100g, minimum order 100g. Ship to HN/HCM or EMS abroad. Telegram "
          "{telegram} or call {phone:intl}.",
          "Diceros bicornis", "I", obfuscated=True, key="rh-powder"),
    offer("tuan-antiques", "antiques", "en", 4800, "Carved rhino horn libation cup, Qing style",
          "Libation cup carved from rhinoceros horn, Qing-style lotus and dragon decoration. "
          "About 290 g, 11 cm tall. Translucent honey colour when you hold it up to the light, "
          "fine hair-like fibres at the base (see photo 2). No papers. Can deliver in Hanoi or "
          "ship. Mail {email} or Telegram {telegram}.",
          "Ceratotherium simum", "I", photos=2),
    offer("lagos-birds", "animals", "en", 650, "Tame African Grey parrots for sale - talking",
          "We have 3 African grey parrots (Congo greys), 8 months old, hand fed, already "
          "saying 'hello' and whistling. Very tame and loving. Comes with cage and food. "
          "No papers needed, we deliver to Abuja, Accra and Cotonou by road.\n"
          "Call or WhatsApp {phone:intl_dash}",
          "Psittacus erithacus", "I", photos=3, key="grey-parrot"),
    offer("lagos-birds", "animals", "en", 2200, "Blue and gold macaw pair, proven breeders",
          "Pair of blue & gold macaws (Ara ararauna), 4 yrs, proven, last clutch 3 eggs. "
          "Imported. Very loud lol. Buyer collects in Ikeja or we arrange transport. "
          "{phone:local} / {email:at}",
          "Ara ararauna", "II", photos=2),
    offer("kin-art", "animals", "fr", 900, "Bébé chimpanzé à vendre, très gentil",
          "Bébé chimpanzé femelle, environ 1 an, nourri au biberon, très affectueuse, "
          "habituée aux enfants. Vendue avec sa cage. Livraison possible Brazzaville et "
          "Kinshasa, autres pays à discuter.\nAppelez le {phone:intl} ou écrivez "
          "{email:paren}",
          "Pan troglodytes", "I", photos=2),
    offer("kin-art", "health", "fr", 320, "Écailles de pangolin 1 kg - médecine traditionnelle",
          "Écailles de pangolin séchées, 1 kilo, bien propres. Utilisées pour la médecine "
          "traditionnelle (circulation, lait maternel). Prix au kilo, grosse quantité "
          "possible (jusqu'à 20 kg). Contact : {phone:spaced}",
          "Smutsia gigantea", "I", photos=2, key="pangolin-fr"),
    offer("douala-bois", "home", "fr", 5200, "Grumes de bois de rose (Pterocarpus/Dalbergia) 10 m3",
          "Vendons 10 m3 de bois de rose en grumes, qualité export, coupe récente. "
          "Papiers à arranger, chargement au port de Douala. Prix par m3 FOB. "
          "Contact WhatsApp {phone:intl} ou mail {email}.",
          "Pterocarpus erinaceus", "II"),
    legal("kiambu-farm", "food", "en", 35, "Dairy goat milk 20L per day available - Kiambu",
          "Fresh goat milk from our Saanen goats, 20 litres daily. Pasteurised on request. "
          "Delivery within Kiambu and Ruaka, Mon-Sat. Price per 10L jerrican. "
          "Call {phone}."),
    legal("kiambu-farm", "animals", "en", 140, "Kienyeji chicken - 50 hens, vaccinated",
          "Improved kienyeji hens, 5 months, vaccinated (NCD, Gumboro), laying soon. "
          "KSh price converted, $140 for 10 birds. Minimum 10. Farm gate pickup.\n"
          "Tel: {phone:intl}"),
    legal("joburg-leather", "fashion", "en", 89, "Genuine cowhide leather belt, handmade",
          "Full grain cowhide belt, hand stitched in our Maboneng workshop. Solid brass buckle. "
          "Sizes 30-44. Colours: tan, dark brown, black. Made from South African beef-industry "
          "hides. Email {email} for custom lengths."),
    legal("joburg-leather", "fashion", "en", 240, "Springbok-free! Nguni cowhide rug large",
          "Large Nguni cowhide rug, approx 2.2 x 1.9 m, natural brown/white pattern. "
          "Tanned locally, by-product of the meat trade. Ships countrywide via courier. "
          "{phone:intl_paren}"),
    legal("brocante-ixelles", "antiques", "fr", 75, "Horloge de cheminée en laiton, années 30",
          "Jolie pendule de cheminée en laiton et marbre vert, années 1930, mécanisme révisé, "
          "sonne les heures. 28 cm de haut. À retirer à Ixelles ou envoi soigné. "
          "Tél. {phone:local}"),
    legal("dar-pets", "animals", "en", 25, "Budgies for sale - all colours",
          "Healthy budgies (budgerigars), 3 months, blue, green and yellow. Home bred. "
          "$25 each, $45 a pair. Cage available separately. Dar es Salaam, Mikocheni. "
          "WhatsApp {whatsapp:local}"),
    legal("dar-pets", "animals", "en", 60, "Persian kittens ready for new home",
          "2 Persian kittens, 10 weeks, dewormed and first vaccination done. Litter trained. "
          "Mum and dad can be seen. Call {phone:dots}."),
    lookalike("amani-bride", "fashion", "en", 420, "Ivory lace wedding dress size 10, worn once",
              "Beautiful ivory wedding gown, A-line with lace sleeves and a chapel train. "
              "Size 10 (UK), professionally cleaned after the big day. Colour is ivory/champagne, "
              "not pure white. Veil included! Viewing in Westlands, Nairobi. DM {instagram}."),
    lookalike("amani-bride", "fashion", "en", 60, "Faux fur leopard print coat - never worn",
              "100% faux fur (polyester) coat in leopard print, size M. Warm, soft, no animal was "
              "harmed lol. Bought in London, tags still on. Text {phone}."),
    lookalike("kofi", "health", "en", 6, "Tiger Balm red 30g - original from Singapore",
              "Tiger Balm Red ointment, 30 g jar, original Haw Par, expiry 2028. For headache, "
              "muscle ache. $6 each, 5 for $25. Email {email}."),
    lookalike("kofi", "collectibles", "en", 18, "Plush pangolin soft toy 35cm",
              "Super cute plush pangolin, 35 cm, polyester fill, machine washable. "
              "Great gift for kids who love animals - part of the sale supports a wildlife "
              "rescue centre. {email:at}"),
    lookalike("galerie-marais", "antiques", "fr", 45,
              "Statuette éléphant en résine, style africain",
              "Statuette d'éléphant en résine imitation bois, 25 cm, fabrication moderne. "
              "Décoration salon. Aucun ivoire, aucun os. Envoi Colissimo possible. "
              "Mail : {email:plain}"),
    lookalike("galerie-marais", "books", "fr", 22, "Livre « Le Braconnage en Afrique » - état neuf",
              "Essai sur le braconnage et le trafic d'ivoire en Afrique centrale, 320 pages, "
              "photos couleur. Lu une fois, comme neuf. Remise en main propre Paris 3e ou envoi. "
              "Tél. {phone:local}"),
]

ENTRIES += OFFER_ENTRIES + GOODS_ENTRIES
SELLERS += OFFER_SELLERS + GOODS_SELLERS
