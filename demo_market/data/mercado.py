"""mercado: Spanish/English/Portuguese classifieds (Spain, Mexico, Latin America)."""

from __future__ import annotations

from demo_market.contacts import Seller
from demo_market.data import legal, lookalike, offer
from demo_market.data.mercado_goods import GOODS_ENTRIES, GOODS_SELLERS
from demo_market.data.mercado_offers import OFFER_ENTRIES, OFFER_SELLERS
from demo_market.data.mercado_tricky import TRICKY_ENTRIES, TRICKY_SELLERS

SELLERS = [
    Seller("antiguedades-rastro", "Antigüedades El Rastro", "Madrid", "ES", "+34612345678",
           "elrastro.antiguedades@gmail.com"),
    Seller("aves-exoticas-mx", "Aves Exóticas Jalisco", "Guadalajara", "MX", "+523312345678",
           "avesexoticasjal@hotmail.com", {"whatsapp": "+523312345678"}),
    Seller("mariscos-ensenada", "Mariscos y Buche Ensenada", "Ensenada", "MX", "+526461234567",
           "buche.ensenada@gmail.com"),
    Seller("africa-exotic", "AfricaExotic", "Valencia", "ES", "+254712345678",
           "africaexotic.es@gmail.com"),
    Seller("reptiles-lima", "Reptiles Lima", "Lima", "PE", None, "reptileslima@gmail.com",
           {"facebook": "reptiles.lima.peru"}),
    Seller("cuero-leon", "Curtidos León", "León", "MX", "+524771234567", "ventas@curtidosleon.mx"),
    Seller("granja-segovia", "Granja La Encina", "Segovia", "ES", "+34921123456",
           "granjalaencina@gmail.com"),
    Seller("moda-lucia", "Lucía Moda", "Sevilla", "ES", "+34655123456", "lucia.moda.sev@gmail.com"),
    Seller("libreria-norte", "Librería del Norte", "Monterrey", "MX", "+528112345678",
           "libreria.norte@yahoo.com.mx"),
    Seller("autopartes-tj", "Autopartes Tijuana", "Tijuana", "MX", "+526641234567",
           "ventas@autopartestj.mx"),
    Seller("miami-deals", "Miami Deals", "Miami", "US", "+13055550123", "miamideals305@gmail.com"),
    Seller("lojadopet", "Loja do Pet SP", "São Paulo", "BR", "+5511912345678",
           "contato@lojadopetsp.com.br"),
]

ENTRIES = [
    offer("antiguedades-rastro", "antiques", "es", 1200, "Talla de marfil antigua, figura de dama",
          "Figura de dama tallada en marfil, principios s. XX, 18 cm, peso 640 g. Muy buena "
          "conservación, pequeña grieta en la base. Sin certificado. Envío discreto a toda "
          "España o recogida en el Rastro los domingos.\nTel {phone}",
          "Loxodonta africana", "I", photos=2),
    offer("antiguedades-rastro", "antiques", "es", 850, "Colmillo tallado i-v-o-r-y 40cm",
          "Colmillo tallado pequeño, 40 cm, material blanco natural (el que ya sabes, "
          "i-v-o-r-y), de herencia familiar. Precio negociable. Solo whatsapp {phone:intl}.",
          "Loxodonta africana", "I", obfuscated=True),
    offer("aves-exoticas-mx", "animals", "es", 18000, "Guacamaya roja bebé, mansita",
          "Vendo guacamaya roja (Ara macao) de 4 meses, criada a mano, come sola, muy mansita. "
          "Se entrega con jaula de viaje. Envíos a todo México por paquetería especial.\n"
          "Precio MXN 18 000 a tratar. WhatsApp {whatsapp:local}",
          "Ara macao", "I", currency="MXN", photos=3, key="macaw"),
    offer("aves-exoticas-mx", "animals", "es", 9500, "Loro cabeza amarilla hablador",
          "Loro cabeza amarilla (Amazona oratrix) de 2 años, ya dice varias palabras y canta. "
          "Sin papeles. $9,500 pesos o cambio por guacamaya. Inf. al {phone:dash}",
          "Amazona oratrix", "I", currency="MXN"),
    offer("mariscos-ensenada", "food", "es", 3500, "Buche de totoaba seco, pieza grande",
          "Tengo buche de totoaba seco, pieza de 1.1 kg, de la temporada. Muy buscado por "
          "compradores asiáticos, precio por pieza en USD. Entrega en mano en Ensenada o "
          "Mexicali. Interesados mandar mensaje {phone:intl}, no contesto llamadas.",
          "Totoaba macdonaldi", "I", currency="USD", photos=2, key="totoaba"),
    offer("mariscos-ensenada", "food", "es", 900, "Aletas de tiburón martillo secas 5 kg",
          "Aleta de tiburón martillo seca, lote de 5 kg, bien limpia. Ideal para restaurante "
          "de sopa. Precio por kilo. Envío por paquetería. Correo {email:at}",
          "Sphyrna lewini", "II", currency="USD"),
    offer("africa-exotic", "health", "en", 280, "Pangolin scales for TCM - bulk",
          "Dried pangolin scales, clean and sorted, 1 kg bags. Bulk orders up to 50 kg "
          "possible, shipping to Asia arranged. Price per kg. Contact {phone:intl} (WhatsApp) "
          "or {email}.",
          "Smutsia temminckii", "I", photos=2, photo_of="savanna:pangolin-fr"),
    offer("reptiles-lima", "animals", "es", 350, "Tortuga motelo y charapa crías",
          "Crías de tortuga charapa (Podocnemis expansa) y motelo, 3 meses, comen bien. "
          "Precio por unidad en soles convertido, US$ 350 la pareja. Escribir por Facebook "
          "{facebook} o {email:plain}.",
          "Podocnemis expansa", "II", currency="USD"),
    legal("cuero-leon", "fashion", "es", 1450, "Botas vaqueras de piel de res, hechas a mano",
          "Botas vaqueras de piel de res genuina, curtidas en León, suela de cuero. Tallas "
          "25 a 30. MXN 1 450 el par. Mayoreo disponible. Tel. {phone:intl}",
          currency="MXN", photos=2),
    legal("cuero-leon", "fashion", "es", 620, "Cinturón piteado de cuero vacuno",
          "Cinto piteado artesanal, cuero de vaca, hebilla de alpaca. Diseños florales. "
          "Hacemos envíos. Pedidos al correo {email}.", currency="MXN"),
    legal("granja-segovia", "food", "es", 120, "Cordero lechal de Segovia, canal entera",
          "Cordero lechal criado en nuestra granja, canal entera 5-6 kg, sacrificio en "
          "matadero autorizado. 1.200,00 € no, ¡120 €! ;) Encargos con 3 días. Tlf {phone:local}"),
    legal("granja-segovia", "animals", "es", 15, "Gallinas ponedoras rubias",
          "Vendemos gallinas ponedoras de 20 semanas, vacunadas. 15 € unidad, a partir de 10 "
          "unidades 13 €. Recogida en la granja. {phone:dots}"),
    legal("lojadopet", "animals", "pt", 90, "Calopsitas filhotes mansinhas",
          "Filhotes de calopsita mansinhos, tratados na papinha, várias cores. Aceitamos PIX. "
          "Entregamos em SP capital. Chama no zap {whatsapp:intl}", currency="BRL"),
    lookalike("moda-lucia", "fashion", "es", 45, "Abrigo de piel sintética efecto tigre",
              "Abrigo de pelo sintético estampado de tigre, talla M, muy calentito. "
              "100% poliéster, nada de piel real. Lo vendo porque no me lo pongo. {phone}"),
    lookalike("moda-lucia", "fashion", "es", 30, "Gafas de sol carey, montura acetato",
              "Gafas de sol efecto carey (tortoiseshell), montura de acetato, lentes polarizadas. "
              "Nuevas con funda. Envío 4 €. Contacto {email}."),
    lookalike("moda-lucia", "health", "es", 9, "Pintalabios color coral nº 23",
              "Barra de labios tono coral intenso, nº 23, sin estrenar. Acabado mate. "
              "9 € o 3 x 25 €. Mándame mensaje al {phone:intl}."),
    lookalike("libreria-norte", "books", "es", 350, "Libro Python para principiantes 3a edición",
              "Aprende a programar en Python, 3a edición, como nuevo. Incluye ejercicios. "
              "$350 MXN, entrego en metro Cuauhtémoc. {email:at}", currency="MXN"),
    lookalike("autopartes-tj", "vehicles", "es", 3200, "Rhino lining / bedliner para pickup",
              "Aplicamos recubrimiento Rhino Linings para caja de pickup, protección total contra "
              "golpes y óxido. Precio desde MXN 3 200 según modelo. Cita al {phone:local}",
              currency="MXN"),
    lookalike("miami-deals", "collectibles", "en", 25, "Resin elephant figurines set of 3",
              "Set of 3 resin elephant figurines, ivory colour finish, 6/8/10 inch. Home decor, "
              "brand new in box. Pick up in Doral or ship $8. Text {phone}."),
    legal("miami-deals", "animals", "en", 35, "Premium dry dog food 30 lb - chicken & rice",
          "Unopened 30 lb bag of chicken & rice dry dog food, exp 2027. Dog didn't like it. "
          "$35 firm. {phone:dash}", key="broken"),
]

ENTRIES += TRICKY_ENTRIES + OFFER_ENTRIES + GOODS_ENTRIES
SELLERS += TRICKY_SELLERS + OFFER_SELLERS + GOODS_SELLERS
