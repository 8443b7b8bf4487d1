"""mercado, second part: offers of protected species (Spanish, English, Portuguese)."""

from __future__ import annotations

from demo_market.catalog import Entry
from demo_market.contacts import Seller
from demo_market.data import offer

OFFER_SELLERS: list[Seller] = [
    Seller("cancun-joyas", "Joyería Caribe Cancún", "Cancún", "MX", "+529981234567",
           "joyeriacaribe.cun@gmail.com"),
    Seller("santacruz-arte", "Artesanías Oriente", "Santa Cruz de la Sierra", "BO",
           "+59171234567", "artesanias.oriente@gmail.com"),
    Seller("tortugas-valencia", "Pepe Reptiles", "Valencia", "ES", "+34633445566",
           "pepereptiles@hotmail.es"),
    Seller("selva-iquitos", "Mascotas de la Selva", "Iquitos", "PE", "+51965123456",
           "mascotasselva.iquitos@gmail.com"),
    Seller("arara-bahia", "Criadouro Bahia", "Salvador", "BR", "+5571987654321",
           "criadourobahia@gmail.com", {"whatsapp": "+5571987654321"}),
    Seller("luthier-recife", "Arcos & Madeiras Recife", "Recife", "BR", "+5581998765432",
           "arcosmadeiras@gmail.com"),
    Seller("houston-exotics", "H-Town Exotics", "Houston", "US", "+17135550147",
           "htownexotics@gmail.com", {"instagram": "@htown.exotics"}),
    Seller("puebla-aracnidos", "Arácnidos Puebla", "Puebla", "MX", "+522221234567",
           "aracnidospuebla@gmail.com"),
    Seller("chetumal-maderas", "Maderas Tropicales del Sur", "Chetumal", "MX", "+529831234567",
           "maderastropicales.sur@gmail.com"),
    Seller("oaxaca-costa", "Costa Chica Productos", "Puerto Escondido", "MX", "+529541234567",
           None),
    Seller("lisboa-antigo", "Antiguidades Alfama", "Lisboa", "PT", "+351912345678",
           "alfama.antiguidades@sapo.pt"),
    Seller("cali-aves", "Aves del Valle", "Cali", "CO", "+573001234567",
           "avesdelvalle.cali@gmail.com"),
    Seller("parrot-world", "Parrot World EU", "Alicante", "ES", "+34744556677",
           "parrotworld.eu@gmail.com"),
]

OFFER_ENTRIES: list[Entry] = [
    offer("cancun-joyas", "jewelry", "es", 4500, "Collar de coral negro natural con plata",
          "Collar de coral negro auténtico del Caribe con broche de plata .925, 50 cm. "
          "Trabajado a mano en Cozumel. MXN 4 500. Envío asegurado. Tel {phone:local}",
          "Antipatharia", "II", currency="MXN", photos=2),
    offer("cancun-joyas", "jewelry", "es", 2800, "Peineta y aretes de carey legítimo",
          "Peineta y aretes de carey legítimo (concha de tortuga), pieza antigua de la "
          "abuela. Color ámbar precioso. MXN 2 800 los dos. WhatsApp {whatsapp:intl}",
          "Eretmochelys imbricata", "I", currency="MXN"),
    offer("santacruz-arte", "jewelry", "es", 380, "Colmillos de jaguar auténticos, par",
          "Par de colmillos de jaguar (tigre americano) auténticos, 6 cm, limpios. "
          "Ideales para collar o amuleto. US$ 380 el par. Envío a China y Perú. "
          "{phone:intl} WhatsApp",
          "Panthera onca", "I", currency="USD", photos=2),
    offer("santacruz-arte", "home", "es", 1200, "Cuero de tigrecillo y piel de jaguar",
          "Vendo cuero de jaguar completo (1,70 m) y dos de tigrecillo (ocelote). "
          "Bien curtidos. Precio a convenir. Escribir a {email:at}",
          "Panthera onca", "I", currency="USD"),
    offer("tortugas-valencia", "animals", "es", 120, "Tortugas mediterráneas crías 2025",
          "Crías de tortuga mediterránea (Testudo hermanni) nacidas este verano, comen "
          "diente de león y lechuga. 120 € cada una, sin papeles (por eso el precio). "
          "Entrego en Valencia. {phone}",
          "Testudo hermanni", "II", photos=2),
    offer("tortugas-valencia", "animals", "es", 90, "Tortuga mora adulta + terrario",
          "Tortuga mora (Testudo graeca) adulta de unos 15 años, hembra, muy sana. "
          "Se regala el terrario. 90 €. {phone:spelled}",
          "Testudo graeca", "II"),
    offer("tortugas-valencia", "animals", "es", 650, "Tortuga estrellada de la India ejemplar",
          "Tortuga estrellada (Geochelone elegans) subadulta, 12 cm, dibujo espectacular. "
          "Traída de Tailandia. 650 €. Solo WhatsApp {whatsapp:intl}",
          "Geochelone elegans", "I", photos=2),
    offer("selva-iquitos", "animals", "es", 250, "Monito choro bebé, muy cariñoso",
          "Vendo mono choro bebé (Lagothrix), come fruta, duerme en brazos. US$ 250. "
          "También tenemos pichicos. Envíos a Lima por avión. Llamar {phone:intl}",
          "Lagothrix lagothricha", "II", currency="USD", photos=2),
    offer("selva-iquitos", "animals", "es", 120, "Guacamayos azulamarillo pichones",
          "Pichones de guacamayo azul y amarillo sacados del nido esta temporada, comen "
          "papilla. US$ 120 cada uno. {phone:local}",
          "Ara ararauna", "II", currency="USD"),
    offer("selva-iquitos", "animals", "es", 60, "Charapita y taricaya para mascota",
          "Tortuguitas taricaya y charapa para acuario, 30 soles... bueno, US$ 60 la docena. "
          "Contacto {email}",
          "Podocnemis unifilis", "II", currency="USD"),
    offer("arara-bahia", "animals", "pt", 45000, "Filhote de arara-azul-grande, manso",
          "Filhote de arara-azul (hiacinto), 5 meses, papinha, muito manso. Sem anilha, "
          "sem nota. R$ 45 mil, aceito proposta. Chama no zap {whatsapp:local}",
          "Anodorhynchus hyacinthinus", "I", currency="BRL", photos=2),
    offer("arara-bahia", "animals", "pt", 800, "Papagaio verdadeiro falante",
          "Papagaio-verdadeiro (Amazona aestiva) de 2 anos, fala muito, canta o hino. "
          "Sem documentação do IBAMA. R$ 800. {phone:intl}",
          "Amazona aestiva", "II", currency="BRL"),
    offer("arara-bahia", "animals", "pt", 1500, "Sagui e macaco-prego filhotes",
          "Temos filhotes de sagui-de-tufo-branco e de macaco-prego, comem frutas, "
          "muito dóceis. Entrego em Salvador. Zap {whatsapp:dash}",
          "Sapajus libidinosus", "II", currency="BRL"),
    offer("luthier-recife", "home", "pt", 3200, "Varetas de pau-brasil para arco de violino",
          "Lote de 10 varetas de pau-brasil (pernambuco) maciço para arcos de violino e "
          "violoncelo, secas há 15 anos. Sem DOF. R$ 3.200,00 o lote. Email {email}",
          "Paubrasilia echinata", "II", currency="BRL"),
    offer("luthier-recife", "home", "pt", 5800, "Jacarandá-da-bahia tábuas antigas",
          "Tábuas de jacarandá-da-bahia de demolição, perfeitas para tampo e fundo de "
          "violão. Madeira da década de 60. Ligue {phone}",
          "Dalbergia nigra", "I", currency="BRL"),
    offer("houston-exotics", "animals", "en", 1800, "Radiated tortoise hatchlings - no papers",
          "Radiated tortoise hatchlings, 2 inch, eating great. Straight from Madagascar "
          "last month (you know how it is). $1,800 each, cash only. DM {instagram}",
          "Astrochelys radiata", "I", currency="USD", photos=2),
    offer("houston-exotics", "animals", "en", 3500, "Slow loris baby - teddy bear pet",
          "Slow loris baby, super cute, eats fruit and crickets. Teeth already clipped so "
          "safe for kids. $3,500. Text {phone:local}",
          "Nycticebus coucang", "I", currency="USD", photos=2),
    offer("houston-exotics", "animals", "en", 900, "Indian star tortoise adult pair",
          "Adult pair of Indian stars, great pattern, breeding age. $900 pair. {email}",
          "Geochelone elegans", "I", currency="USD"),
    offer("puebla-aracnidos", "animals", "es", 450, "Tarántula rodillas rojas hembra adulta",
          "Tarántula Brachypelma hamorii (rodillas rojas) hembra adulta capturada en el "
          "campo, muy dócil. MXN 450. También juveniles. {phone}",
          "Brachypelma hamorii", "II", currency="MXN"),
    offer("chetumal-maderas", "home", "es", 28000, "Caoba en tablones, 5 m3 sin permiso",
          "Vendemos caoba (Swietenia) en tablones de 2 pulgadas, 5 metros cúbicos, "
          "cortada en la selva de Quintana Roo. Sin guía forestal, precio especial. "
          "MXN 28 000 el metro. {phone:intl}",
          "Swietenia macrophylla", "II", currency="MXN"),
    offer("chetumal-maderas", "home", "es", 9000, "Palo de rosa / granadillo en trozas",
          "Trozas de granadillo (Dalbergia) y palo de rosa para exportación a Asia, "
          "contenedor completo. Preguntar por {email:paren}",
          "Dalbergia stevensonii", "II", currency="USD"),
    offer("oaxaca-costa", "food", "es", 150, "Huevos de tortuga frescos, por docena",
          "Hay huevos de tortuga golfina frescos de la playa, por docena, MXN 150. "
          "Buenos pa la botana. Mandar mensaje al {phone:spaced}",
          "Lepidochelys olivacea", "I", currency="MXN"),
    offer("oaxaca-costa", "food", "es", 900, "Carne de caguama seca / aceite de tortuga",
          "Carne seca de caguama y aceite de tortuga para la gripa y el asma. "
          "Litro MXN 900. {phone:local}",
          "Caretta caretta", "I", currency="MXN"),
    offer("mariscos-ensenada", "food", "es", 8000, "Buche de tot0aba, 3 piezas medianas",
          "Tengo 3 buches de la 'vaquita' de agua (tot0aba), secos, medianos. "
          "US$ 8 000 el lote. Solo gente seria, entrego en San Felipe. {phone:oh}",
          "Totoaba macdonaldi", "I", obfuscated=True, currency="USD"),
    offer("lisboa-antigo", "antiques", "pt", 2200, "Estatueta em marfim, santo, séc. XIX",
          "Imagem de Santo António em marfim, Indo-Portuguesa, séc. XIX, 15 cm. "
          "Sem certificado CITES. 2.200,00 €. Contacto {phone:intl} ou {email}",
          "Loxodonta africana", "I", currency="EUR", photos=2),
    offer("lisboa-antigo", "antiques", "pt", 600, "Presa de elefante pequena, polida",
          "Pequena presa de elefante polida, 28 cm, veio de Angola nos anos 70. "
          "600 €. {phone}",
          "Loxodonta africana", "I", currency="EUR"),
    offer("cali-aves", "animals", "es", 1500000, "Titi cabeciblanco bebé",
          "Titi cabeciblanco bebé, muy pequeño y juguetón. Come frutas y papilla. "
          "COP 1.500.000. Solo Cali. Llamar al {phone:local}",
          "Saguinus oedipus", "I", currency="COP"),
    offer("cali-aves", "animals", "es", 900000, "Guacamaya verde militar joven",
          "Guacamaya verde (militar) de un año, muy bonita y mansa. COP 900.000. "
          "{email:at}",
          "Ara militaris", "I", currency="COP"),
    offer("parrot-world", "animals", "en", 900, "African grey babies - hand reared, talking",
          "We have 3 African grey parrots (Congo greys), 8 months old, hand fed, already "
          "saying 'hello' and whistling. Very tame and loving. Comes with cage and food. "
          "No papers needed, we deliver all over Spain and Portugal.\n"
          "Call or WhatsApp {phone:intl}",
          "Psittacus erithacus", "I", currency="EUR", copy_of="savanna:grey-parrot",
          photo_of="savanna:grey-parrot"),
    offer("parrot-world", "animals", "es", 2500, "Cacatúa de las Molucas, macho",
          "Cacatúa moluqueña macho, 3 años, cresta salmón preciosa. Sin anilla. 2.500 €. "
          "{phone}",
          "Cacatua moluccensis", "I"),
    offer("parrot-world", "animals", "es", 1800, "Yaco cola roja importado (sin CITES)",
          "Yaco cola roja de importación, 1 año, sin CITES ni anilla, por eso a este precio. "
          "1.800 €. Entrega en Alicante. {phone:dash}",
          "Psittacus erithacus", "I"),
    offer("africa-exotic", "antiques", "es", 950, "Marfil tallado africano - máscara",
          "Máscara africana tallada en marfil de elefante, 22 cm, traída de Kenia. "
          "Sin papeles. 950 €. WhatsApp {phone:intl}",
          "Loxodonta africana", "I", photos=2),
    offer("africa-exotic", "health", "en", 1200, "RH horn shavings 50g",
          "Genuine RH shavings, 50 g, from a legal hunting trophy (no papers though). "
          "€1200. WhatsApp {phone:intl}",
          "Ceratotherium simum", "I", obfuscated=True, currency="EUR"),
    offer("antiguedades-rastro", "antiques", "es", 400, "Bolas de billar de marfil antiguas (3)",
          "Tres bolas de billar antiguas de marfil auténtico, años 20, con pátina. "
          "Coleccionistas. 400 €. {email:plain}",
          "Loxodonta africana", "I"),
    offer("antiguedades-rastro", "antiques", "es", 3500, "Cuerno de rinoceronte antiguo, trofeo",
          "Cuerno de rinoceronte montado en escudo de madera, trofeo de caza de los años 60 "
          "(Tanzania). Pieza de colección. 3.500 €. Solo entrega en mano en Madrid. "
          "{phone:local}",
          "Diceros bicornis", "I", photos=2),
    offer("reptiles-lima", "animals", "es", 200, "Iguana verde y boa constrictor juvenil",
          "Boa constrictor juvenil de 80 cm (capturada), mansa, come ratones. US$ 200. "
          "Facebook {facebook}",
          "Boa constrictor", "II", currency="USD"),
    offer("tortugas-valencia", "animals", "es", 75, "tortu mora bebe",
          "tengo 3 tortugitas moras de este año 75 cada una wasap {whatsapp:local}",
          "Testudo graeca", "II"),
]
