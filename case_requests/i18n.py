"""The wording of requests in INTERPOL's four official languages: English, French, Spanish, Arabic.

Labels are keyed by a stable name; :func:`label` falls back to English for a missing key so a
half-translated template never drops content. Arabic is written right to left (:func:`direction`).
"""

from __future__ import annotations

LANGUAGES = ("en", "fr", "es", "ar")
RTL = {"ar"}

_LABELS: dict[str, dict[str, str]] = {
    "title": {
        "en": "Request for support: online trade in CITES-listed species",
        "fr": "Demande d'appui : commerce en ligne d'espèces inscrites à la CITES",
        "es": "Solicitud de apoyo: comercio en línea de especies incluidas en la CITES",
        "ar": "طلب دعم: الاتجار عبر الإنترنت بأنواع مدرجة في اتفاقية سايتس",
    },
    "to": {"en": "To", "fr": "À", "es": "Para", "ar": "إلى"},
    "cc": {"en": "Copy", "fr": "Copie", "es": "Copia", "ar": "نسخة إلى"},
    "from": {"en": "From", "fr": "De", "es": "De", "ar": "من"},
    "reference": {"en": "Reference", "fr": "Référence", "es": "Referencia", "ar": "المرجع"},
    "date": {"en": "Date", "fr": "Date", "es": "Fecha", "ar": "التاريخ"},
    "handling": {"en": "Handling", "fr": "Traitement", "es": "Tratamiento", "ar": "التداول"},
    "classification": {"en": "Classification", "fr": "Classification",
                       "es": "Clasificación", "ar": "التصنيف"},
    "case": {"en": "Case", "fr": "Affaire", "es": "Caso", "ar": "القضية"},
    "summary": {"en": "Summary", "fr": "Résumé", "es": "Resumen", "ar": "الملخص"},
    "support": {"en": "Support requested", "fr": "Appui demandé", "es": "Apoyo solicitado",
                "ar": "الدعم المطلوب"},
    "species": {"en": "Species concerned", "fr": "Espèces concernées",
                "es": "Especies afectadas", "ar": "الأنواع المعنية"},
    "scientific_name": {"en": "Scientific name", "fr": "Nom scientifique",
                        "es": "Nombre científico", "ar": "الاسم العلمي"},
    "common_name": {"en": "Common name", "fr": "Nom commun", "es": "Nombre común",
                    "ar": "الاسم الشائع"},
    "appendix": {"en": "CITES Appendix", "fr": "Annexe CITES", "es": "Apéndice CITES",
                 "ar": "ملحق سايتس"},
    "listings": {"en": "Online listings", "fr": "Annonces en ligne", "es": "Anuncios en línea",
                 "ar": "الإعلانات على الإنترنت"},
    "url": {"en": "URL", "fr": "URL", "es": "URL", "ar": "الرابط"},
    "marketplace": {"en": "Marketplace", "fr": "Plateforme", "es": "Plataforma",
                    "ar": "المنصة"},
    "seller": {"en": "Seller", "fr": "Vendeur", "es": "Vendedor", "ar": "البائع"},
    "price": {"en": "Price", "fr": "Prix", "es": "Precio", "ar": "السعر"},
    "captured": {"en": "Captured (UTC)", "fr": "Capturée (UTC)", "es": "Capturado (UTC)",
                 "ar": "وقت الالتقاط (UTC)"},
    "sha256": {"en": "SHA-256 of capture", "fr": "SHA-256 de la capture",
               "es": "SHA-256 de la captura", "ar": "بصمة SHA-256 للالتقاط"},
    "sellers": {"en": "Sellers and identifiers", "fr": "Vendeurs et identifiants",
                "es": "Vendedores e identificadores", "ar": "البائعون والمعرّفات"},
    "identifiers": {"en": "Identifiers", "fr": "Identifiants", "es": "Identificadores",
                    "ar": "المعرّفات"},
    "countries": {"en": "Countries involved", "fr": "Pays concernés",
                  "es": "Países involucrados", "ar": "البلدان المعنية"},
    "timeline": {"en": "Timeline", "fr": "Chronologie", "es": "Cronología",
                 "ar": "التسلسل الزمني"},
    "networks": {"en": "Seller networks", "fr": "Réseaux de vendeurs",
                 "es": "Redes de vendedores", "ar": "شبكات البائعين"},
    "notices": {"en": "Proposed INTERPOL notices", "fr": "Notices INTERPOL proposées",
                "es": "Notificaciones de INTERPOL propuestas",
                "ar": "نشرات الإنتربول المقترحة"},
    "evidence": {"en": "Evidence package", "fr": "Dossier de preuves",
                 "es": "Paquete de pruebas", "ar": "حزمة الأدلة"},
    "provenance": {"en": "Provenance", "fr": "Provenance", "es": "Procedencia",
                   "ar": "المصدر"},
    "officer": {"en": "Requesting officer", "fr": "Agent demandeur",
                "es": "Funcionario solicitante", "ar": "الضابط مقدم الطلب"},
    "missing": {"en": "still needed", "fr": "encore nécessaire", "es": "aún necesario",
                "ar": "لا يزال مطلوباً"},
}

_PROVENANCE = {
    "en": ("The listings in this request were collected by {agency} from publicly accessible "
           "websites (open sources) on the dates shown. This information comes from the open "
           "web and has not been independently verified. Each page was preserved as it was "
           "received, in WARC files whose SHA-256 digests are given above and in the attached "
           "package manifest, signed by the requesting agency's installation key."),
    "fr": ("Les annonces citées dans la présente demande ont été collectées par {agency} sur des "
           "sites web publics (sources ouvertes) aux dates indiquées. Ces informations "
           "proviennent du web ouvert et n'ont pas été vérifiées de manière indépendante. Chaque "
           "page a été conservée telle que reçue, dans des fichiers WARC dont les empreintes "
           "SHA-256 figurent ci-dessus et dans le manifeste joint, signé par la clé de "
           "l'installation de l'agence requérante."),
    "es": ("Los anuncios citados en esta solicitud fueron recopilados por {agency} en sitios web "
           "de acceso público (fuentes abiertas) en las fechas indicadas. Esta información "
           "procede de la web abierta y no ha sido verificada de forma independiente. Cada "
           "página se conservó tal como se recibió, en archivos WARC cuyas huellas SHA-256 "
           "figuran arriba y en el manifiesto adjunto, firmado con la clave de la instalación "
           "del organismo solicitante."),
    "ar": ("جمعت {agency} الإعلانات الواردة في هذا الطلب من مواقع إلكترونية متاحة للعموم "
           "(مصادر مفتوحة) في التواريخ المبيّنة. هذه المعلومات مصدرها الشبكة المفتوحة ولم "
           "يُتحقق منها بشكل مستقل. حُفظت كل صفحة كما وردت في ملفات WARC وترد بصمات SHA-256 "
           "الخاصة بها أعلاه وفي بيان الحزمة المرفق، الموقّع بمفتاح المنظومة لدى الجهة "
           "مقدمة الطلب."),
}

_SUPPORT = {
    "information": {"fr": "Échange d'informations et de renseignements",
                    "es": "Intercambio de información e inteligencia",
                    "ar": "تبادل المعلومات والاستخبارات"},
    "mentoring": {"fr": "Appui et accompagnement sur mesure",
                  "es": "Apoyo y tutoría a medida", "ar": "دعم وتوجيه مصمم حسب الحاجة"},
    "operational": {"fr": "Appui opérationnel par une équipe de soutien aux enquêtes",
                    "es": "Apoyo operativo de un Equipo de Apoyo a la Investigación",
                    "ar": "دعم عملياتي من فريق دعم التحقيقات"},
    "capacity": {"fr": "Renforcement des capacités", "es": "Desarrollo de capacidades",
                 "ar": "بناء القدرات"},
    "experts": {"fr": "Le réseau mondial d'experts", "es": "La red mundial de expertos",
                "ar": "الشبكة العالمية للخبراء"},
}


def check_language(language: str) -> str:
    from case_requests.exceptions import CaseRequestError

    if language not in LANGUAGES:
        raise CaseRequestError(
            f"no request template in {language!r}; choose one of {', '.join(LANGUAGES)}")
    return language


def label(key: str, language: str) -> str:
    entry = _LABELS[key]
    return entry.get(language) or entry["en"]


def labels(language: str) -> dict[str, str]:
    return {key: label(key, language) for key in _LABELS}


def provenance(language: str, agency: str) -> str:
    return (_PROVENANCE.get(language) or _PROVENANCE["en"]).format(agency=agency)


def support_label(code: str, language: str) -> str:
    from case_requests.content import SUPPORT_TYPES

    return _SUPPORT.get(code, {}).get(language) or SUPPORT_TYPES[code]


def direction(language: str) -> str:
    return "rtl" if language in RTL else "ltr"
