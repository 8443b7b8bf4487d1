"""mercado, third part: legal animal goods and look-alikes that must not be flagged."""

from __future__ import annotations

from demo_market.catalog import Entry
from demo_market.contacts import Seller
from demo_market.data import legal, lookalike

GOODS_SELLERS: list[Seller] = [
    Seller("pescados-vigo", "Pescados Rías Baixas", "Vigo", "ES", "+34986123456",
           "pescadosriasbaixas@gmail.com"),
    Seller("lana-patagonia", "Lanas Patagonia", "Bariloche", "AR", "+5492944123456",
           "lanaspatagonia@gmail.com"),
    Seller("mascotas-cdmx", "Mascotas Coyoacán", "Ciudad de México", "MX", "+525512345678",
           "mascotascoyoacan@gmail.com", {"whatsapp": "+525512345678"}),
    Seller("zapatos-elche", "Calzados Elche", "Elche", "ES", "+34965123456",
           "calzadoselche@gmail.com"),
    Seller("jugueteria-sol", "Juguetería El Sol", "Zaragoza", "ES", "+34976123456",
           "jugueteriaelsol@gmail.com"),
    Seller("belleza-gdl", "Belleza Natural GDL", "Guadalajara", "MX", "+523398765432",
           "bellezanaturalgdl@gmail.com", {"instagram": "@bellezanatural.gdl"}),
    Seller("brecho-rio", "Brechó da Lapa", "Rio de Janeiro", "BR", "+5521998877665",
           "brechodalapa@gmail.com", {"instagram": "@brechodalapa"}),
    Seller("texas-ranch", "Hill Country Ranch Supply", "Austin", "US", "+15125550199",
           "hcranchsupply@gmail.com"),
    Seller("decora-bogota", "Decora Bogotá", "Bogotá", "CO", "+573157654321",
           "decorabogota@gmail.com"),
]

GOODS_ENTRIES: list[Entry] = [
    legal("pescados-vigo", "food", "es", 24, "Pulpo gallego cocido, 1 kg",
          "Pulpo de las rías cocido al punto, envasado al vacío, 1 kg. Envío refrigerado "
          "24 h a toda la Península. 24 €. Pedidos {email}"),
    legal("pescados-vigo", "food", "es", 18, "Mejillones de batea, saco 5 kg",
          "Mejillón de batea gallego, saco de 5 kg, limpio. 18 €. Recogida en O Berbés o "
          "envío. {phone:local}"),
    legal("pescados-vigo", "food", "es", 32, "Lubina de acuicultura, caja 3 kg",
          "Lubinas de acuicultura, ración 400-600 g, caja de 3 kg. Precio de lonja. "
          "Llamar al {phone:intl}"),
    legal("lana-patagonia", "fashion", "es", 45000, "Poncho de lana de oveja tejido a mano",
          "Poncho tejido en telar con lana de oveja merino de estancia patagónica, "
          "teñido natural. ARS 45.000. Envíos por correo. {email:at}", currency="ARS"),
    legal("lana-patagonia", "fashion", "es", 30000, "Madejas de lana de llama hiladas",
          "Madejas de lana de llama (de criadero, Jujuy), 100 g cada una, color natural. "
          "ARS 30.000 el kilo. {phone:intl}", currency="ARS"),
    legal("mascotas-cdmx", "animals", "es", 3500, "Cachorros schnauzer miniatura",
          "Cachorros schnauzer mini sal y pimienta, 2 meses, con primera vacuna y "
          "desparasitados. MXN 3 500. WhatsApp {whatsapp:local}", currency="MXN", photos=2),
    legal("mascotas-cdmx", "animals", "es", 250, "Periquitos australianos y canarios",
          "Periquitos australianos de criadero, varios colores, MXN 250 c/u. Canarios "
          "cantores MXN 400. {phone:dash}", currency="MXN"),
    legal("mascotas-cdmx", "animals", "es", 890, "Croquetas para gato 10 kg sabor pollo",
          "Alimento seco para gato adulto, 10 kg, pollo y arroz. Sellado. MXN 890. "
          "Entrego en Coyoacán. {whatsapp:local}", currency="MXN"),
    legal("mascotas-cdmx", "animals", "es", 1200, "Conejos cabeza de león bebés",
          "Conejitos cabeza de león, 7 semanas, muy mansos. MXN 1 200 c/u con kit "
          "de inicio. {phone}", currency="MXN"),
    legal("zapatos-elche", "fashion", "es", 65, "Botines de piel de vacuno hechos en Elche",
          "Botines de mujer en piel de vacuno, suela de goma, fabricados en Elche. "
          "Tallas 36-41. 65 €. {email}", photos=2),
    legal("zapatos-elche", "fashion", "es", 89, "Bolso de piel de cabra, artesanal",
          "Bolso bandolera en piel de cabra curtida al vegetal, hecho a mano. Color "
          "cuero. 89 €. Contacto {phone:local}"),
    legal("granja-segovia", "food", "es", 8, "Huevos camperos docena",
          "Huevos camperos de nuestras gallinas, docena 3,50 €... bandeja de 30 por 8 €. "
          "{phone:spelled}"),
    legal("granja-segovia", "food", "es", 55, "Lechazo asado para llevar",
          "Cuarto de lechazo asado en horno de leña, para 4 personas. Encargos para el "
          "fin de semana. {phone:intl}"),
    legal("cuero-leon", "fashion", "es", 2200, "Chamarra de piel de borrego",
          "Chamarra de piel de borrego con forro de lana, talla M y G. Hecha en León. "
          "MXN 2 200. {email}", currency="MXN"),
    legal("texas-ranch", "animals", "en", 1400, "Registered Angus bull calves",
          "Registered Black Angus bull calves, weaned, good EPDs, halter broke. $1,400 each. "
          "Call {phone}", currency="USD", photos=2),
    legal("texas-ranch", "fashion", "en", 240, "Handmade cowhide boots, size 10",
          "Handmade boots from cowhide, stitched in San Antonio. Size 10 D, worn once. "
          "$240. {email}", currency="USD"),
    legal("texas-ranch", "animals", "en", 45, "Laying hens - Rhode Island Red",
          "Rhode Island Red hens, 1 year, laying daily. $45 for 3. {phone:dash}",
          currency="USD"),
    legal("texas-ranch", "food", "en", 95, "Grass-fed beef share, 20 lb box",
          "20 lb mixed box of grass-fed beef from our herd: steaks, roasts, ground beef. "
          "Pickup at the ranch. {phone:intl}", currency="USD"),
    legal("miami-deals", "animals", "en", 300, "French bulldog puppy (AKC)",
          "AKC French bulldog puppy, blue fawn, 10 weeks, vet records. $300 deposit. "
          "Text {phone:local}", currency="USD"),
    legal("lojadopet", "animals", "pt", 60, "Ração para cães adultos 15kg",
          "Ração premium para cães adultos, 15 kg, sabor carne. R$ 60 de desconto na "
          "segunda unidade. Zap {whatsapp:local}", currency="BRL"),
    legal("lojadopet", "animals", "pt", 250, "Filhotes de coelho e porquinho-da-índia",
          "Filhotes de coelho mini e porquinho-da-índia, vacinados e vermifugados. "
          "R$ 250 cada. {phone}", currency="BRL"),
    legal("brecho-rio", "fashion", "pt", 180, "Jaqueta de couro legítimo vintage",
          "Jaqueta de couro bovino legítimo, anos 90, tamanho M. R$ 180. "
          "Insta {instagram}", currency="BRL"),
    legal("decora-bogota", "home", "es", 350000, "Tapete de lana de oveja tejido",
          "Tapete tejido a mano en lana de oveja de Boyacá, 2 x 1,40 m. COP 350.000. "
          "{phone:local}", currency="COP"),
    legal("decora-bogota", "antiques", "es", 420000, "Reloj de pared antiguo de madera",
          "Reloj de pared antiguo, caja de madera de pino y péndulo de bronce, funciona. "
          "COP 420.000. {email}", currency="COP"),
    legal("antiguedades-rastro", "antiques", "es", 180, "Juego de café de plata de ley",
          "Juego de café en plata de ley, 4 piezas, contrastes de los años 50. 180 €. "
          "{phone}"),
    legal("pescados-vigo", "food", "en", 40, "Farmed turbot whole 2 kg",
          "Whole farmed turbot from Galicia, 2 kg, delivered chilled in Spain. €40. "
          "{email}", currency="EUR"),
    legal("aves-exoticas-mx", "animals", "es", 600, "Agapornis y ninfas de criadero",
          "Inseparables de cara rosada (Agapornis roseicollis) y ninfas de criadero, anillados. "
          "MXN 600 c/u. {phone:local}", currency="MXN"),
    lookalike("jugueteria-sol", "collectibles", "es", 19, "Peluche tigre gigante 80 cm",
              "Peluche de tigre de 80 cm, suavecito, ideal para regalo. 19 €. Envío 5 €. "
              "{phone}"),
    lookalike("jugueteria-sol", "collectibles", "es", 12, "Pangolín de peluche (WWF)",
              "Pangolín de peluche edición WWF, 25 cm, con etiqueta. Parte de la venta va "
              "a conservación. 12 €. {email}"),
    lookalike("jugueteria-sol", "collectibles", "es", 25, "Figuras de animales salvajes Schleich",
              "Lote de 10 figuras Schleich: elefante, rinoceronte, león, tigre, gorila... "
              "Plástico, perfecto estado. 25 €. {phone:dots}"),
    lookalike("jugueteria-sol", "books", "es", 15, "Cuento «El rinoceronte que perdió su cuerno»",
              "Libro infantil ilustrado sobre un rinoceronte y la caza furtiva, 4-8 años. "
              "15 €. {email}"),
    lookalike("belleza-gdl", "health", "es", 120, "Bálsamo del tigre rojo 19 g original",
              "Tiger Balm rojo original, 19 g, importado de Singapur. MXN 120. "
              "Mayoreo disponible. Instagram {instagram}", currency="MXN"),
    lookalike("belleza-gdl", "health", "es", 180, "Crema de baba de caracol y colágeno",
              "Crema facial de baba de caracol con colágeno marino. MXN 180. "
              "{phone:local}", currency="MXN"),
    lookalike("belleza-gdl", "health", "es", 95, "Labial tono coral y uñas carey",
              "Labial mate tono coral + set de uñas postizas diseño carey (estampado). "
              "MXN 95. {instagram}", currency="MXN"),
    lookalike("moda-lucia", "fashion", "es", 150, "Vestido de novia marfil, talla 38",
              "Vestido de novia color marfil, encaje y tul, talla 38. Usado una vez. "
              "150 €. Vestido marfil, no blanco. {phone}", photos=2),
    lookalike("moda-lucia", "fashion", "es", 35, "Bolso efecto cocodrilo (polipiel)",
              "Bolso de mano grabado efecto cocodrilo, polipiel, color burdeos. 35 €. "
              "{email}"),
    lookalike("moda-lucia", "fashion", "es", 28, "Pañuelo estampado leopardo seda sintética",
              "Pañuelo grande estampado de leopardo, poliéster efecto seda. 28 €. "
              "{phone:local}"),
    lookalike("zapatos-elche", "fashion", "es", 55, "Botas estampado serpiente pitón (sintético)",
              "Botas altas con estampado de pitón, material sintético, tallas 37-40. "
              "55 €. {phone:intl}"),
    lookalike("libreria-norte", "books", "es", 280, "Libro: Tráfico de especies en México",
              "Investigación periodística sobre el tráfico de totoaba, jaguar y loros en "
              "México. Como nuevo. MXN 280. {email:at}", currency="MXN"),
    lookalike("libreria-norte", "books", "es", 420, "Python avanzado y ciencia de datos",
              "Libro de Python (pandas, numpy) para análisis de datos, 2a edición. "
              "MXN 420. {phone}", currency="MXN"),
    lookalike("autopartes-tj", "vehicles", "es", 1800, "Defensa tipo Rhino para Ram 2500",
              "Defensa delantera modelo 'Rhino' de acero para Ram 2500, con base de "
              "malacate. MXN 1 800. {phone:intl}", currency="MXN"),
    lookalike("autopartes-tj", "vehicles", "es", 650, "Llantas Tigre 195/65 R15 (4)",
              "Juego de 4 llantas marca Tigre 195/65 R15, medio uso. MXN 650 c/u. "
              "{phone:local}", currency="MXN"),
    lookalike("miami-deals", "home", "en", 60, "Faux zebra & leopard cowhide-look rugs",
              "Synthetic animal print rugs (zebra, leopard), 5x7 ft, machine made. "
              "$60 each. {phone}", currency="USD"),
    lookalike("miami-deals", "jewelry", "en", 40, "Ivory colored pearl earrings (shell pearl)",
              "Ivory color shell pearl earrings, 10 mm, sterling posts. $40. {email}",
              currency="USD"),
    lookalike("brecho-rio", "fashion", "pt", 90, "Casaco de pele sintética onça",
              "Casaco de pele sintética estampa de onça, tamanho P. Nada de pele verdadeira. "
              "R$ 90. {instagram}", currency="BRL"),
    lookalike("brecho-rio", "fashion", "pt", 70, "Óculos tartaruga retrô",
              "Óculos de sol estilo tartaruga (acetato), armação retrô. R$ 70. "
              "{phone:local}", currency="BRL"),
    lookalike("brecho-rio", "jewelry", "pt", 45, "Colar cor marfim com pingente de elefante",
              "Colar cor marfim de resina com pingente de elefante de metal dourado. "
              "R$ 45. {instagram}", currency="BRL"),
    lookalike("decora-bogota", "home", "es", 180000, "Cojines estampado tigre y jaguar",
              "Juego de 4 cojines con estampado de tigre y jaguar, tela de algodón. "
              "COP 180.000. {phone}", currency="COP"),
    lookalike("decora-bogota", "home", "es", 95000, "Elefante de cerámica blanco marfil",
              "Elefante decorativo de cerámica esmaltada color marfil, 30 cm. COP 95.000. "
              "{email}", currency="COP"),
    lookalike("decora-bogota", "home", "es", 260000, "Mesa de centro color palo de rosa (MDF)",
              "Mesa de centro en MDF con chapilla color palo de rosa, 100 x 60 cm. "
              "No es madera maciza. COP 260.000. {phone:dots}", currency="COP"),
    lookalike("parrot-world", "animals", "es", 60, "Jaula grande para loros y cacatúas",
              "Jaula grande para loro gris, guacamayo o cacatúa, 160 cm, con ruedas. "
              "Solo la jaula, sin animal. 60 €. {phone:local}"),
    lookalike("tortugas-valencia", "animals", "es", 35, "Terrario para tortuga de tierra",
              "Terrario de madera 100 x 50 para tortuga mediterránea o rusa, con lámpara UVB. "
              "Sin tortuga. 35 €. {phone}"),
    lookalike("jugueteria-sol", "fashion", "es", 14, "Disfraz de tigre para niño, talla 4",
              "Disfraz de tigre de felpa con capucha y cola, talla 4 años. Usado en un "
              "carnaval. 14 €. {phone:local}"),
    legal("granja-segovia", "animals", "es", 450,
          "Se vende rebaño pequeño de ovejas churras con cordero - leer todo",
          "Por jubilación vendemos el rebaño que nos queda: 25 ovejas churras adultas (de 2 a "
          "6 años), casi todas paridas este invierno y con su cordero al pie, y 2 carneros "
          "de buena línea. Todas con crotal electrónico, libro de explotación al día y "
          "saneamiento ganadero hecho en marzo (negativas a brucelosis).\n"
          "El precio del anuncio es por oveja con cordero; los carneros aparte. También "
          "vendemos comederos, bebederos, una cerca eléctrica con batería y unas 200 pacas de "
          "paja. Preferimos vender todo junto a alguien que siga con la ganadería.\n"
          "Las ovejas se pueden ver cualquier tarde en la finca, a 10 km de Segovia "
          "dirección Riaza. Llamar antes, a veces no hay cobertura: {phone}. "
          "Abstenerse tratantes que solo quieren regatear.", photos=3),
    lookalike("moda-lucia", "fashion", "es", 8, "cinturon imitacion cocodrilo",
              "cinturon negro imitacion cocodrilo, polipiel, 8€. {phone}"),
]
