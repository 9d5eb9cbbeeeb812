#include "sandbox/syntheticdata.h"

#include "core/domain/actionspec.h"
#include "sandbox/actionslugs.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <array>
#include <cstring>
#include <span>
#include <utility>

namespace {

// ---------------------------------------------------------------------------
// Hashing. Everything derives from 64-bit keys so the output is a pure
// function of (seed, arguments) and stable across Qt versions and platforms
// (qHash is salted per process, QRandomGenerator's algorithm is not promised).

constexpr quint64 FnvOffset = 0xcbf29ce484222325ULL;
constexpr quint64 FnvPrime = 0x100000001b3ULL;

// The splitmix64 finaliser. It is a bijection on 64 bits, so distinct inputs
// (key + index) give distinct outputs: message ids and thread ids built from
// it never collide within one list.
constexpr quint64 mix64(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// A bijection on 33 bits (xor-shift and odd multiplication are both
// invertible modulo 2^n): profile ids are a fixed base plus this, so ids
// look random yet are unique per index within one list, with no collision
// check.
constexpr int UniqueBits = 33;
constexpr quint64 UniqueMask = (quint64(1) << UniqueBits) - 1;

constexpr quint64 permute33(quint64 x)
{
    x &= UniqueMask;
    for (int round = 0; round < 3; ++round) {
        x ^= x >> 17;
        x = (x * 0x9e3779b97f4a7c15ULL) & UniqueMask;
        x ^= x >> 13;
        x = (x * 0xd1b54a32d192ed03ULL) & UniqueMask;
    }
    return x;
}

quint64 fnv1a(QByteArrayView bytes, quint64 hash)
{
    for (const char byte : bytes) {
        hash ^= quint8(byte);
        hash *= FnvPrime;
    }
    return hash;
}

// 0xff never occurs in UTF-8, so ("ab", "c") and ("a", "bc") hash apart.
quint64 keyOf(quint64 seed, std::initializer_list<QByteArrayView> parts)
{
    quint64 hash = FnvOffset;
    for (int shift = 0; shift < 64; shift += 8) {
        hash ^= (seed >> shift) & 0xff;
        hash *= FnvPrime;
    }
    for (const QByteArrayView part : parts) {
        hash = fnv1a(part, hash);
        hash ^= 0xff;
        hash *= FnvPrime;
    }
    return mix64(hash);
}

// Keys of independent aspects of one item (its person, its experiences...):
// adding a flag to extract-people must not change the fields already there.
quint64 subKey(quint64 key, quint64 salt)
{
    return mix64(key ^ mix64(salt + 0x632be59bd9b4e019ULL));
}

// A splitmix64 stream: the per-item source of every pseudo-random choice.
class Stream final
{
public:
    explicit Stream(quint64 state)
        : m_state(state)
    {}

    quint64 next()
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        return mix64(m_state);
    }

    // Inclusive on both ends.
    qint64 between(qint64 low, qint64 high)
    {
        if (high <= low)
            return low;
        return low + qint64(next() % quint64(high - low + 1));
    }

    int between(int low, int high) { return int(between(qint64(low), qint64(high))); }

    bool percent(int chance) { return between(0, 99) < chance; }

    template <typename T>
    const T &pick(std::span<const T> items)
    {
        return items[std::size_t(next() % items.size())];
    }

    template <typename T, std::size_t N>
    const T &pick(const std::array<T, N> &items)
    {
        return pick(std::span<const T>(items));
    }

private:
    quint64 m_state;
};

// ---------------------------------------------------------------------------
// Vocabulary. Names, places, schools and languages come grouped by country
// so one person's name, city, phone prefix and school agree.

struct School
{
    const char *name;
    const char *slug;
    const char *description;
};

struct Culture
{
    const char *countryCode;
    const char *languageCode;
    const char *languageName;
    const char *phonePrefix;
    std::span<const char *const> firstNames;
    std::span<const char *const> lastNames;
    std::span<const char *const> locations;
    std::span<const School> schools;
};

constexpr std::array UsFirst = {"James",  "Emily", "Michael", "Olivia", "Daniel",
                                "Ashley", "Ryan",  "Megan",   "Tyler",  "Hannah"};
constexpr std::array UsLast = {"Johnson", "Miller", "Davis",  "Anderson", "Thompson",
                               "Walker",  "Harris", "Carter", "Mitchell", "Brooks"};
constexpr std::array UsLocations = {
    "Austin, Texas, United States", "Seattle, Washington, United States",
    "Boston, Massachusetts, United States", "San Francisco Bay Area"};
constexpr std::array UsSchools = {
    School{"University of Michigan", "university-of-michigan",
           "Public research university in Ann Arbor."},
    School{"University of Texas at Austin", "the-university-of-texas-at-austin",
           "Public research university and flagship of the UT System."},
};

constexpr std::array UkFirst = {"Oliver", "Charlotte", "Harry",  "Amelia", "George",
                                "Isla",   "Jack",      "Sophie", "Thomas", "Eleanor"};
constexpr std::array UkLast = {"Smith",  "Taylor", "Evans", "Hughes",  "Wright",
                               "Clarke", "Cooper", "Ward",  "Bennett", "Robinson"};
constexpr std::array UkLocations = {"London, England, United Kingdom",
                                    "Manchester, England, United Kingdom",
                                    "Edinburgh, Scotland, United Kingdom"};
constexpr std::array UkSchools = {
    School{"The University of Edinburgh", "the-university-of-edinburgh",
           "Public research university founded in 1583."},
    School{"University of Manchester", "the-university-of-manchester",
           "Public research university in the north of England."},
};

constexpr std::array FrFirst = {"Camille", "Lucas", "Chloé",  "Hugo",   "Léa",
                                "Antoine", "Manon", "Julien", "Élodie", "Mathieu"};
constexpr std::array FrLast = {"Martin",  "Bernard", "Dubois",   "Moreau",  "Laurent",
                               "Lefèvre", "Girard",  "Fournier", "Mercier", "Rousseau"};
constexpr std::array FrLocations = {
    "Paris, Île-de-France, France", "Lyon, Auvergne-Rhône-Alpes, France",
    "Bordeaux, Nouvelle-Aquitaine, France", "Nantes, Pays de la Loire, France"};
constexpr std::array FrSchools = {
    School{"HEC Paris", "hec-paris", "Business school in Jouy-en-Josas."},
    School{"Sorbonne Université", "sorbonne-universite",
           "Multidisciplinary research university in Paris."},
};

constexpr std::array DeFirst = {"Lukas", "Anna", "Felix", "Lena",       "Jonas",
                                "Marie", "Leon", "Laura", "Maximilian", "Sophie"};
constexpr std::array DeLast = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber",
                               "Wagner", "Becker",  "Hoffmann",  "Schäfer", "Koch"};
constexpr std::array DeLocations = {"Berlin, Germany", "Munich, Bavaria, Germany",
                                    "Hamburg, Germany"};
constexpr std::array DeSchools = {
    School{"Technical University of Munich", "tu-munchen",
           "Public research university specialising in engineering."},
    School{"Humboldt University of Berlin", "humboldt-universitat-zu-berlin",
           "Public research university in central Berlin."},
};

constexpr std::array EsFirst = {"Alejandro", "Lucía", "Pablo", "María",  "Javier",
                                "Carmen",    "Diego", "Laura", "Sergio", "Marta"};
constexpr std::array EsLast = {"García",   "Fernández", "González", "Rodríguez", "López",
                               "Martínez", "Sánchez",   "Pérez",    "Romero",    "Navarro"};
constexpr std::array EsLocations = {"Madrid, Community of Madrid, Spain",
                                    "Barcelona, Catalonia, Spain",
                                    "Valencia, Valencian Community, Spain"};
constexpr std::array EsSchools = {
    School{"Universidad Complutense de Madrid", "universidad-complutense-de-madrid",
           "Public research university in Madrid."},
    School{"Universitat Politècnica de Catalunya", "upc",
           "Public engineering university in Barcelona."},
};

constexpr std::array InFirst = {"Aarav", "Priya", "Rohan", "Ananya", "Vikram",
                                "Sneha", "Arjun", "Kavya", "Rahul",  "Divya"};
constexpr std::array InLast = {"Sharma", "Patel", "Iyer",   "Reddy", "Gupta",
                               "Nair",   "Mehta", "Kapoor", "Rao",   "Desai"};
constexpr std::array InLocations = {"Bengaluru, Karnataka, India", "Mumbai, Maharashtra, India",
                                    "Pune, Maharashtra, India", "Hyderabad, Telangana, India"};
constexpr std::array InSchools = {
    School{"Indian Institute of Technology, Bombay", "iit-bombay",
           "Public technical university in Mumbai."},
    School{"Birla Institute of Technology and Science, Pilani", "bits-pilani",
           "Private technical university."},
};

constexpr std::array BrFirst = {"Gabriel", "Ana",    "Lucas",   "Beatriz", "Rafael",
                                "Juliana", "Thiago", "Larissa", "Bruno",   "Fernanda"};
constexpr std::array BrLast = {"Silva",   "Santos",  "Oliveira", "Souza",   "Costa",
                               "Pereira", "Almeida", "Carvalho", "Ribeiro", "Barbosa"};
constexpr std::array BrLocations = {"São Paulo, São Paulo, Brazil",
                                    "Rio de Janeiro, Rio de Janeiro, Brazil",
                                    "Belo Horizonte, Minas Gerais, Brazil"};
constexpr std::array BrSchools = {
    School{"Universidade de São Paulo", "universidade-de-sao-paulo",
           "Public research university in São Paulo."},
    School{"Universidade Estadual de Campinas", "unicamp",
           "Public research university in Campinas."},
};

constexpr std::array NlFirst = {"Daan",  "Sanne", "Bram",  "Lotte", "Thijs",
                                "Fleur", "Jesse", "Anouk", "Ruben", "Iris"};
constexpr std::array NlLast = {"de Jong", "Jansen", "de Vries", "van den Berg", "Bakker",
                               "Visser",  "Smit",   "Meijer",   "de Boer",      "Mulder"};
constexpr std::array NlLocations = {"Amsterdam, North Holland, Netherlands",
                                    "Rotterdam, South Holland, Netherlands",
                                    "Utrecht, Netherlands"};
constexpr std::array NlSchools = {
    School{"Delft University of Technology", "tu-delft", "Public technical university in Delft."},
    School{"University of Amsterdam", "university-of-amsterdam",
           "Public research university in Amsterdam."},
};

constexpr std::array NgFirst = {"Chinedu",   "Adaeze", "Oluwaseun", "Ngozi",   "Emeka",
                                "Funmilayo", "Tunde",  "Chiamaka",  "Ifeanyi", "Temitope"};
constexpr std::array NgLast = {"Okafor",   "Adeyemi", "Okonkwo", "Balogun", "Eze",
                               "Ogunleye", "Nwosu",   "Adebayo", "Obi",     "Afolabi"};
constexpr std::array NgLocations = {"Lagos, Lagos State, Nigeria",
                                    "Abuja, Federal Capital Territory, Nigeria"};
constexpr std::array NgSchools = {
    School{"University of Lagos", "university-of-lagos", "Public university in Lagos."},
    School{"Obafemi Awolowo University", "obafemi-awolowo-university",
           "Public university in Ile-Ife."},
};

constexpr std::array JpFirst = {"Haruto", "Yui",    "Sota",   "Aoi",   "Ren",
                                "Hina",   "Takumi", "Sakura", "Kenji", "Yuki"};
constexpr std::array JpLast = {"Sato", "Suzuki",   "Takahashi", "Tanaka",    "Watanabe",
                               "Ito",  "Yamamoto", "Nakamura",  "Kobayashi", "Kato"};
constexpr std::array JpLocations = {"Tokyo, Japan", "Osaka, Japan", "Yokohama, Kanagawa, Japan"};
constexpr std::array JpSchools = {
    School{"The University of Tokyo", "the-university-of-tokyo",
           "National research university in Tokyo."},
    School{"Keio University", "keio-university", "Private research university in Tokyo."},
};

constexpr std::array PlFirst = {"Jakub",   "Zuzanna", "Kacper",     "Julia",  "Mateusz",
                                "Natalia", "Piotr",   "Aleksandra", "Michał", "Katarzyna"};
constexpr std::array PlLast = {"Nowak", "Wójcik", "Kaczmarek", "Mazur", "Krawczyk",
                               "Zając", "Król",   "Wróbel",    "Dudek", "Pawlak"};
constexpr std::array PlLocations = {"Warsaw, Masovian Voivodeship, Poland",
                                    "Kraków, Lesser Poland Voivodeship, Poland",
                                    "Wrocław, Lower Silesian Voivodeship, Poland"};
constexpr std::array PlSchools = {
    School{"University of Warsaw", "university-of-warsaw", "Public research university."},
    School{"AGH University of Krakow", "agh-university-of-science-and-technology",
           "Public technical university in Kraków."},
};

constexpr std::array Cultures = {
    Culture{"US", "en", "English", "+1", UsFirst, UsLast, UsLocations, UsSchools},
    Culture{"GB", "en", "English", "+44", UkFirst, UkLast, UkLocations, UkSchools},
    Culture{"FR", "fr", "French", "+33", FrFirst, FrLast, FrLocations, FrSchools},
    Culture{"DE", "de", "German", "+49", DeFirst, DeLast, DeLocations, DeSchools},
    Culture{"ES", "es", "Spanish", "+34", EsFirst, EsLast, EsLocations, EsSchools},
    Culture{"IN", "en", "Hindi", "+91", InFirst, InLast, InLocations, InSchools},
    Culture{"BR", "pt", "Portuguese", "+55", BrFirst, BrLast, BrLocations, BrSchools},
    Culture{"NL", "nl", "Dutch", "+31", NlFirst, NlLast, NlLocations, NlSchools},
    Culture{"NG", "en", "Yoruba", "+234", NgFirst, NgLast, NgLocations, NgSchools},
    Culture{"JP", "ja", "Japanese", "+81", JpFirst, JpLast, JpLocations, JpSchools},
    Culture{"PL", "pl", "Polish", "+48", PlFirst, PlLast, PlLocations, PlSchools},
};

// A job family keeps a person's title, past titles and skills coherent, and
// lets a search URL's keywords steer the titles of its results.
struct JobFamily
{
    std::span<const char *const> keywords;
    std::span<const char *const> titles;
    std::span<const char *const> skills;
};

constexpr std::array EngineeringKeywords = {"engineer", "developer", "software", "devops"};
constexpr std::array EngineeringTitles = {"Software Engineer", "Senior Software Engineer",
                                          "Backend Developer", "Engineering Manager",
                                          "Staff Engineer",    "DevOps Engineer"};
constexpr std::array EngineeringSkills = {
    "C++",        "Python",        "Go",    "Kubernetes",
    "PostgreSQL", "System Design", "CI/CD", "Distributed Systems",
    "Linux",      "TypeScript"};

constexpr std::array DataKeywords = {"data", "analyst", "analytics", "scientist", "ml"};
constexpr std::array DataTitles = {"Data Scientist", "Data Engineer", "Machine Learning Engineer",
                                   "Analytics Lead", "Data Analyst"};
constexpr std::array DataSkills = {"SQL",     "Python",        "Machine Learning",
                                   "dbt",     "Apache Spark",  "Statistics",
                                   "Tableau", "Data Modeling", "Apache Airflow"};

constexpr std::array SalesKeywords = {"sales", "account", "business", "sdr", "bdr"};
constexpr std::array SalesTitles = {"Account Executive", "Sales Development Representative",
                                    "Head of Sales",     "Key Account Manager",
                                    "VP Sales",          "Business Developer"};
constexpr std::array SalesSkills = {"B2B Sales",   "Negotiation",        "Salesforce",
                                    "Prospecting", "Account Management", "Lead Generation",
                                    "SaaS",        "Cold Calling"};

constexpr std::array MarketingKeywords = {"marketing", "growth", "seo", "brand"};
constexpr std::array MarketingTitles = {"Growth Marketer",   "Content Marketing Manager",
                                        "Head of Marketing", "Product Marketing Manager",
                                        "SEO Specialist",    "Brand Manager"};
constexpr std::array MarketingSkills = {"SEO",         "Content Strategy", "Google Analytics",
                                        "HubSpot",     "Copywriting",      "Marketing Automation",
                                        "Paid Social", "Brand Strategy"};

constexpr std::array ProductKeywords = {"product"};
constexpr std::array ProductTitles = {"Product Manager", "Senior Product Manager",
                                      "Head of Product", "Product Owner", "Group Product Manager"};
constexpr std::array ProductSkills = {"Product Strategy",      "Roadmapping", "User Research",
                                      "Agile Methodologies",   "Jira",        "A/B Testing",
                                      "Stakeholder Management"};

constexpr std::array DesignKeywords = {"design", "ux", "ui"};
constexpr std::array DesignTitles = {"Product Designer", "UX Researcher", "UI Designer",
                                     "Design Lead"};
constexpr std::array DesignSkills = {"Figma",          "User Experience",   "Prototyping",
                                     "Design Systems", "Usability Testing", "Interaction Design"};

constexpr std::array PeopleKeywords = {"recruit", "talent", "hr", "people"};
constexpr std::array PeopleTitles = {"Talent Acquisition Specialist", "HR Business Partner",
                                     "Head of People", "Technical Recruiter"};
constexpr std::array PeopleSkills = {"Recruiting",        "Employer Branding",  "Onboarding",
                                     "Talent Management", "Employee Relations", "Sourcing"};

constexpr std::array FinanceKeywords = {"finance", "cfo", "financial", "controller"};
constexpr std::array FinanceTitles = {"Financial Analyst", "Chief Financial Officer",
                                      "Finance Manager", "Controller", "FP&A Lead"};
constexpr std::array FinanceSkills = {
    "Financial Modeling", "Microsoft Excel", "Budgeting", "Forecasting", "IFRS",
    "Corporate Finance"};

// Engineering comes last: "data engineer" is a data person.
constexpr std::array JobFamilies = {
    JobFamily{DataKeywords, DataTitles, DataSkills},
    JobFamily{SalesKeywords, SalesTitles, SalesSkills},
    JobFamily{MarketingKeywords, MarketingTitles, MarketingSkills},
    JobFamily{ProductKeywords, ProductTitles, ProductSkills},
    JobFamily{DesignKeywords, DesignTitles, DesignSkills},
    JobFamily{PeopleKeywords, PeopleTitles, PeopleSkills},
    JobFamily{FinanceKeywords, FinanceTitles, FinanceSkills},
    JobFamily{EngineeringKeywords, EngineeringTitles, EngineeringSkills},
};

// Fictional companies: realistic without putting words in a real
// employer's mouth.
struct Company
{
    const char *name;
    const char *slug;
    const char *domain;
    const char *description;
};

constexpr std::array Companies = {
    Company{"Northwind Analytics", "northwind-analytics", "northwind-analytics.com",
            "Analytics platform for retail and logistics teams."},
    Company{"Bluepeak Software", "bluepeak-software", "bluepeak.io",
            "Developer tools for cloud-native teams."},
    Company{"Helix Robotics", "helix-robotics", "helixrobotics.com",
            "Warehouse automation and mobile robots."},
    Company{"Lumen Health", "lumen-health", "lumenhealth.co",
            "Digital clinics and patient scheduling."},
    Company{"Cobalt Payments", "cobalt-payments", "cobaltpay.com",
            "Payment infrastructure for marketplaces."},
    Company{"Greenfield Energy", "greenfield-energy", "greenfield-energy.eu",
            "Renewable energy producer and grid services."},
    Company{"Atlas Freight", "atlas-freight", "atlasfreight.com",
            "Freight forwarding and supply-chain visibility."},
    Company{"Orbital Media", "orbital-media", "orbitalmedia.tv",
            "Streaming and video production studio."},
    Company{"Kestrel Security", "kestrel-security", "kestrelsec.com",
            "Managed detection and response."},
    Company{"Tidewater Bank", "tidewater-bank", "tidewaterbank.com",
            "Retail and business banking."},
    Company{"Sparrow Labs", "sparrow-labs", "sparrowlabs.ai", "Applied AI for customer support."},
    Company{"Meridian Consulting", "meridian-consulting", "meridian-consulting.com",
            "Strategy and operations consulting."},
    Company{"Quartz Mobility", "quartz-mobility", "quartzmobility.com",
            "Electric scooter and bike sharing."},
    Company{"Foxglove Studios", "foxglove-studios", "foxglovestudios.com",
            "Independent game studio."},
    Company{"Harbor HR", "harbor-hr", "harborhr.com", "HR and payroll software for small teams."},
    Company{"Vantage Retail", "vantage-retail", "vantageretail.com",
            "Omnichannel fashion retailer."},
};

constexpr std::array Degrees = {"Bachelor of Science",
                                "Master of Science",
                                "Bachelor of Arts",
                                "Master of Business Administration (MBA)",
                                "Master's degree",
                                "Engineer's degree",
                                "PhD"};
constexpr std::array FieldsOfStudy = {"Computer Science",
                                      "Economics",
                                      "Business Administration",
                                      "Mathematics",
                                      "Marketing",
                                      "Psychology",
                                      "Finance",
                                      "Statistics",
                                      "Industrial Design",
                                      "Electrical Engineering"};
constexpr std::array ContractTypes = {"Full-time", "Full-time", "Full-time", "Full-time",
                                      "Part-time", "Freelance", "Contract",  "Self-employed"};
constexpr std::array VolunteerRoles = {"Mentor", "Volunteer", "Board Member", "Workshop Leader"};
constexpr std::array VolunteerOrganisations = {"Code Club", "Red Cross", "Habitat for Humanity",
                                               "City Food Bank", "Women in Tech Network"};
constexpr std::array VolunteerCauses = {"Education", "Humanitarian Relief", "Poverty Alleviation",
                                        "Science and Technology"};
constexpr std::array SummaryOpenings = {
    "%1 with %2 years of experience, currently at %3.",
    "I have spent the last %2 years as a %1; today I work at %3.",
    "%1 at %3 with a background of %2 years in fast-growing teams."};
constexpr std::array ConnectionDegrees = {"1st", "2nd", "2nd", "3rd"};
constexpr std::array MessageContents = {
    "Thanks for connecting! Would love to hear more about what your team is working on.",
    "Great to meet you at the conference last week.",
    "Are you free for a quick call on Thursday?",
    "I've attached the deck we discussed.",
    "Congrats on the new role!",
    "Sounds good, let's sync next week.",
    "Could you share the job description?",
    "Happy to help, send me the details.",
    "Thanks, I'll take a look and get back to you.",
    "We're hiring for a similar position. Would you be open to a chat?",
    "Just following up on my previous message.",
    "Perfect, talk soon.",
    "Do you have any feedback on the proposal?",
    "Let me loop in my colleague who owns this topic."};
constexpr std::array AttachmentTypes = {"image", "file", "file", "video"};
constexpr std::array MonthShort = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array MonthLong = {"January",   "February", "March",    "April",
                                  "May",       "June",     "July",     "August",
                                  "September", "October",  "November", "December"};
constexpr std::array PersonalMailDomains = {"gmail.com", "outlook.com", "proton.me", "yahoo.com"};

// Profile ids look like LinkedIn member ids: ten digits and more.
constexpr qint64 ProfileIdBase = 1'000'000'000;

// The average spacing of items returned newest first by a live or async list.
constexpr qint64 Hour = 3600;
constexpr qint64 Day = 24 * Hour;
constexpr qint64 ConnectionSpacing = 2 * Day;
constexpr qint64 MessageSpacing = 3 * Hour;
constexpr qint64 ViewerSpacing = 3 * Hour + 30 * 60;
constexpr qint64 ConversationSpacing = Day;

// ---------------------------------------------------------------------------
// Small formatting helpers.

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// Handles, e-mail local parts and twitter names are ASCII: fold accents
// away rather than drop the letter ("Müller" -> "muller").
QString asciiSlug(const QString &name)
{
    QString slug;
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    for (const QChar c : decomposed) {
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            slug += c.toLower();
        } else if (c == u'ł' || c == u'Ł') {
            slug += u'l';
        } else if (c == u'ß') {
            slug += QLatin1String("ss");
        } else if ((c == u' ' || c == u'-' || c == u'\'') && !slug.isEmpty() &&
                   !slug.endsWith(u'-')) {
            slug += u'-';
        }
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug;
}

QString token(quint64 key, int length)
{
    static constexpr char Alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QString out;
    out.reserve(length);
    quint64 bits = mix64(key);
    for (int i = 0; i < length; ++i) {
        if (i % 10 == 9)
            bits = mix64(bits + quint64(i));
        out += QLatin1Char(Alphabet[bits & 63]);
        bits >>= 6;
    }
    return out;
}

// LinkedIn thread and message ids are "2-" and base64; 25 bytes give the
// "==" tail real ones have. The first eight bytes are a bijective mix of
// `unique`, so distinct values never share an id.
QString base64Id(quint64 unique)
{
    const quint64 head = mix64(unique);
    QByteArray bytes;
    quint64 word = head;
    for (int i = 0; i < 25; ++i) {
        if (i > 0 && i % 8 == 0)
            word = mix64(head + quint64(i));
        bytes += char(word & 0xff);
        word >>= 8;
    }
    // URL-safe, so the id can sit in a thread URL's path as it is.
    return QLatin1String("2-") + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding));
}

QString digits(Stream &draw, int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out += QLatin1Char(char('0' + draw.between(0, 9)));
    return out;
}

QString monthYear(QDate date)
{
    return text(MonthShort[std::size_t(date.month() - 1)]) % u' ' % QString::number(date.year());
}

QString timePeriod(int months)
{
    const int years = months / 12;
    const int rest = months % 12;
    QStringList parts;
    if (years > 0)
        parts << (QString::number(years) %
                  (years == 1 ? QLatin1String(" yr") : QLatin1String(" yrs")));
    if (rest > 0 || years == 0)
        parts << (QString::number(rest) %
                  (rest == 1 ? QLatin1String(" mo") : QLatin1String(" mos")));
    return parts.join(u' ');
}

QString yearRange(int from, int to)
{
    return QString::number(from) % QLatin1String(" - ") % QString::number(to);
}

// LinkedIn counts both the first and the last month of a position.
int monthsBetween(QDate from, QDate to)
{
    return (to.year() - from.year()) * 12 + (to.month() - from.month()) + 1;
}

QString canonicalInput(QJsonObject input)
{
    // custom_data travels with the input but is the caller's, not the
    // platform's: it must change neither the data nor the outcome.
    input.remove(QLatin1String("custom_data"));
    return QString::fromUtf8(QJsonDocument(input).toJson(QJsonDocument::Compact));
}

void collectStrings(const QJsonValue &value, QStringList &out)
{
    if (value.isString()) {
        out << value.toString();
    } else if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            collectStrings(element, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectStrings(it.value(), out);
    }
}

// The path segment after `marker` ("/in/", "/thread/"), percent-decoded.
QString segmentAfter(const QString &url, QLatin1String marker)
{
    const qsizetype start = url.indexOf(marker, 0, Qt::CaseInsensitive);
    if (start < 0)
        return {};
    QString segment = url.mid(start + marker.size());
    for (qsizetype i = 0; i < segment.size(); ++i) {
        if (segment.at(i) == u'/' || segment.at(i) == u'?' || segment.at(i) == u'#') {
            segment.truncate(i);
            break;
        }
    }
    return QUrl::fromPercentEncoding(segment.toUtf8());
}

// ---------------------------------------------------------------------------
// Items. One list item is identified by a key (its stream of choices) and a
// 33-bit value unique within its list (its profile id, handle suffix...).

struct Item
{
    quint64 seed = 0;
    quint64 listKey = 0;
    quint64 key = 0;
    quint64 unique = 0;
    qint64 index = 0;
    // The item's own time: connected_at, created_at, view_timestamp...
    QDateTime when;
    QDateTime extractedAt;
};

Item listItem(quint64 seed, quint64 listKey, qint64 index, const QDateTime &when,
              const QDateTime &extractedAt)
{
    return {seed,
            listKey,
            subKey(listKey, quint64(index)),
            permute33(listKey + quint64(index)),
            index,
            when,
            extractedAt};
}

// ---------------------------------------------------------------------------
// People.

struct Person
{
    const Culture *culture = nullptr;
    const JobFamily *family = nullptr;
    const Company *company = nullptr;
    QString firstName;
    QString lastName;
    QString handle;
    QString title;
    QString location;
    qint64 profileId = 0;

    QString fullName() const { return firstName % u' ' % lastName; }
};

QString capitalised(const QString &word)
{
    return word.isEmpty() ? word : word.left(1).toUpper() + word.mid(1);
}

Person drawnPerson(quint64 key, quint64 unique, const JobFamily *family = nullptr)
{
    Stream draw(key);
    Person person;
    person.culture = &draw.pick(Cultures);
    person.firstName = text(draw.pick(person.culture->firstNames));
    person.lastName = text(draw.pick(person.culture->lastNames));
    person.family = family ? family : &draw.pick(JobFamilies);
    person.title = text(draw.pick(person.family->titles));
    person.company = &draw.pick(Companies);
    person.location = text(draw.pick(person.culture->locations));
    person.profileId = ProfileIdBase + qint64(unique);
    person.handle = asciiSlug(person.firstName) % u'-' % asciiSlug(person.lastName) % u'-' %
                    QString::number(unique, 16);
    return person;
}

// Keyed by the handle, not by the action, so extract-people and
// extract-contact describe the same person with the same id.
Item handleItem(quint64 seed, const QString &handle, qint64 index, const QDateTime &extractedAt)
{
    const quint64 key = keyOf(seed, {"profile", handle.toUtf8()});
    return listItem(seed, key, index, extractedAt, extractedAt);
}

// The profile behind a handle given in the input, named after the handle
// when it reads as first-last ("jane-doe" is Jane Doe).
Person personForHandle(const Item &item, const QString &handle)
{
    Person person = drawnPerson(item.key, item.unique);
    QStringList nameParts;
    for (const QString &part : handle.split(u'-', Qt::SkipEmptyParts)) {
        bool alphabetic = true;
        for (const QChar c : part)
            alphabetic = alphabetic && c.isLetter();
        if (alphabetic)
            nameParts << capitalised(part);
    }
    if (nameParts.size() >= 2) {
        person.firstName = nameParts.takeFirst();
        person.lastName = nameParts.join(u' ');
    }
    person.handle = handle;
    return person;
}

QString profileUrl(const QString &handle)
{
    return QLatin1String("https://www.linkedin.com/in/") +
           QString::fromLatin1(QUrl::toPercentEncoding(handle));
}

QString salesNavigatorId(quint64 seed, qint64 profileId)
{
    return QLatin1String("ACwAA") + token(seed ^ quint64(profileId), 34);
}

QString postSearchUrl(quint64 seed, qint64 profileId)
{
    return QLatin1String(
               "https://www.linkedin.com/search/results/content/?fromMember=%5B%22ACoAA") +
           token(seed ^ quint64(profileId), 34) + QLatin1String("%22%5D");
}

QString profileImageUrl(quint64 seed, qint64 profileId)
{
    const quint64 key = mix64(seed + quint64(profileId));
    return QLatin1String("https://media.licdn.com/dms/image/v2/D4E03AQ") + token(key, 16) +
           QLatin1String("/profile-displayphoto-shrink_200_200/0/") +
           QString::number(1'500'000'000'000LL + qint64(key % 250'000'000'000ULL));
}

// Company ids are the company's, not the seed's: one company, one id.
qint64 companyId(const Company &company)
{
    return 1'000'000 + qint64(keyOf(0, {company.slug}) % 89'000'000);
}

QString companyUrl(const Company &company)
{
    return QLatin1String("https://www.linkedin.com/company/") + text(company.slug) + u'/';
}

QString logoUrl(const char *slug)
{
    const quint64 key = keyOf(0, {"logo", slug});
    return QLatin1String("https://media.licdn.com/dms/image/v2/C4E0BAQ") + token(key, 16) +
           QLatin1String("/company-logo_200_200/0/") +
           QString::number(1'450'000'000'000LL + qint64(key % 200'000'000'000ULL));
}

QString headline(const Person &person, Stream &draw)
{
    if (draw.percent(70))
        return person.title % QLatin1String(" at ") % text(person.company->name);
    return person.title % QLatin1String(" | ") % text(draw.pick(person.family->skills)) %
           QLatin1String(" | ") % text(draw.pick(person.family->skills));
}

// The fields every profile-shaped object shares.
void addIdentity(QJsonObject &object, quint64 seed, const Person &person)
{
    object.insert(QLatin1String("linkedin_profile_handle"), person.handle);
    object.insert(QLatin1String("linkedin_profile_url"), profileUrl(person.handle));
    object.insert(QLatin1String("linkedin_profile_id"), person.profileId);
    object.insert(QLatin1String("sales_navigator_profile_id"),
                  salesNavigatorId(seed, person.profileId));
    object.insert(QLatin1String("profile_image_url"), profileImageUrl(seed, person.profileId));
}

void addNames(QJsonObject &object, const Person &person)
{
    object.insert(QLatin1String("first_name"), person.firstName);
    object.insert(QLatin1String("last_name"), person.lastName);
    object.insert(QLatin1String("full_name"), person.fullName());
}

// Lists come newest first; each index gets its own slot of `spacing`
// seconds so times fall strictly as the index grows.
QDateTime listTime(quint64 listKey, qint64 index, const QDateTime &extractedAt, qint64 spacing)
{
    Stream draw(subKey(listKey, quint64(index) ^ 0x7117e));
    const qint64 secondsAgo = 60 + index * spacing + draw.between(qint64(0), spacing - 1);
    return extractedAt.addSecs(-secondsAgo);
}

// The account owner: without an identity the seed alone picks one.
Person owner(quint64 seed, const QString &identityUid)
{
    const quint64 key = keyOf(seed, {"owner", identityUid.toUtf8()});
    return drawnPerson(key, permute33(key));
}

struct Thread
{
    QString id;
    quint64 key = 0;
    Person me;
    Person them;
};

Thread thread(quint64 seed, const QString &threadId, const QString &identityUid)
{
    const quint64 key = keyOf(seed, {"thread", threadId.toUtf8()});
    return {threadId, key, owner(seed, identityUid), drawnPerson(subKey(key, 1), permute33(key))};
}

QString threadUrl(const QString &threadId)
{
    return QLatin1String("https://www.linkedin.com/messaging/thread/") + threadId + u'/';
}

// Accepts a thread URL or a bare thread id, as section 7 allows.
QString threadIdFromInput(const QJsonObject &input, quint64 fallbackKey)
{
    const QString given = input.value(QLatin1String("linkedin_thread_url")).toString().trimmed();
    const QString fromUrl = segmentAfter(given, QLatin1String("/thread/"));
    if (!fromUrl.isEmpty())
        return fromUrl;
    if (!given.isEmpty() && !given.contains(u'/') && !given.contains(u':'))
        return given;
    return base64Id(fallbackKey);
}

// The handle of a /in/ profile URL; a bare handle is accepted too.
QString handleFromInput(const QJsonObject &input)
{
    const QString given = input.value(QLatin1String("linkedin_profile_url")).toString().trimmed();
    const QString fromUrl = segmentAfter(given, QLatin1String("/in/"));
    if (!fromUrl.isEmpty())
        return fromUrl;
    if (!given.isEmpty() && !given.contains(u'/') && !given.contains(u':') && !given.contains(u' '))
        return given;
    return {};
}

// The family whose keyword starts a word of the search's `keywords`
// ("recruiters" -> people), so a search for data engineers finds data people.
const JobFamily *familyForSearch(const QJsonObject &input)
{
    const QUrl url(input.value(QLatin1String("linkedin_people_search_url")).toString());
    const QString keywords = QUrlQuery(url)
                                 .queryItemValue(QStringLiteral("keywords"), QUrl::FullyDecoded)
                                 .replace(u'+', u' ')
                                 .toLower();
    QStringList words;
    QString word;
    for (const QChar c : QString(keywords + u' ')) {
        if (c.isLetter()) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    for (const JobFamily &family : JobFamilies) {
        for (const char *keyword : family.keywords) {
            for (const QString &candidate : std::as_const(words)) {
                if (candidate.startsWith(QLatin1String(keyword)))
                    return &family;
            }
        }
    }
    return nullptr;
}

QJsonObject connection(const Item &item)
{
    const Person person = drawnPerson(item.key, item.unique);
    QJsonObject object;
    object.insert(QLatin1String("connected_at"), isoUtc(item.when));
    addNames(object, person);
    object.insert(QLatin1String("job_title"), person.title);
    addIdentity(object, item.seed, person);
    return object;
}

QJsonArray attachments(Stream &draw)
{
    QJsonArray list;
    if (draw.percent(88))
        return list;
    const bool expired = draw.percent(20);
    list.append(QJsonObject{
        {QLatin1String("type"), text(draw.pick(AttachmentTypes))},
        {QLatin1String("errorMessage"),
         expired ? QStringLiteral("This attachment is no longer available") : QString()},
    });
    return list;
}

QJsonObject message(const Item &item, const Thread &talk)
{
    Stream draw(item.key);
    const bool fromMe = draw.percent(45);
    const Person &sender = fromMe ? talk.me : talk.them;
    const Person &recipient = fromMe ? talk.them : talk.me;
    QString content = text(draw.pick(MessageContents));
    if (draw.percent(30))
        content = QLatin1String("Hi ") % recipient.firstName % QLatin1String(", ") % content;
    // Delivery lags creation by a second or two; never after the extraction.
    QDateTime delivered = item.when.addSecs(draw.between(0, 2));
    if (item.extractedAt.isValid() && delivered > item.extractedAt && item.when <= item.extractedAt)
        delivered = item.extractedAt;

    QJsonObject object;
    object.insert(QLatin1String("linkedin_thread_id"), talk.id);
    object.insert(QLatin1String("position"), item.index);
    object.insert(QLatin1String("created_at"), isoUtc(item.when));
    object.insert(QLatin1String("delivered_at"), isoUtc(delivered));
    object.insert(QLatin1String("first_name"), sender.firstName);
    object.insert(QLatin1String("last_name"), sender.lastName);
    object.insert(QLatin1String("linkedin_profile_id"), sender.profileId);
    object.insert(QLatin1String("sales_navigator_profile_id"),
                  salesNavigatorId(item.seed, sender.profileId));
    object.insert(QLatin1String("job_title"), sender.title);
    object.insert(QLatin1String("content"), content);
    object.insert(QLatin1String("message_id"), base64Id(item.listKey ^ mix64(item.unique)));
    object.insert(QLatin1String("attachments"), attachments(draw));
    return object;
}

QJsonObject profileViewer(const Item &item)
{
    const Person person = drawnPerson(item.key, item.unique);
    Stream draw(subKey(item.key, 1));
    QJsonObject object;
    object.insert(QLatin1String("view_timestamp"), item.when.toSecsSinceEpoch());
    object.insert(QLatin1String("view_date"), item.when.toUTC().date().toString(Qt::ISODate));
    object.insert(QLatin1String("connection_degree"), text(draw.pick(ConnectionDegrees)));
    object.insert(QLatin1String("headline"), headline(person, draw));
    object.insert(QLatin1String("linkedin_people_post_search_url"),
                  postSearchUrl(item.seed, person.profileId));
    addIdentity(object, item.seed, person);
    return object;
}

QJsonObject participant(quint64 seed, const Person &person, Stream &draw)
{
    QJsonObject object;
    addNames(object, person);
    object.insert(QLatin1String("headline"), headline(person, draw));
    addIdentity(object, seed, person);
    return object;
}

QJsonObject conversation(const Item &item, const QString &identityUid)
{
    Stream draw(item.key);
    const Thread talk = thread(item.seed, base64Id(item.listKey ^ mix64(item.unique)), identityUid);
    QJsonArray participants{participant(item.seed, talk.them, draw)};
    if (draw.percent(10)) {
        const Person third = drawnPerson(subKey(talk.key, 2), permute33(talk.key + 1));
        participants.append(participant(item.seed, third, draw));
    }
    const bool read = draw.percent(70);
    const int unread = read ? 0 : draw.between(1, 6);
    const int received = unread + draw.between(1, 40);
    const bool lastFromMe = read && draw.percent(50);
    const Person &sender = lastFromMe ? talk.me : talk.them;

    QJsonObject lastMessage;
    lastMessage.insert(QLatin1String("message_id"), base64Id(talk.key));
    lastMessage.insert(QLatin1String("content"), text(draw.pick(MessageContents)));
    lastMessage.insert(QLatin1String("created_at"), isoUtc(item.when));
    lastMessage.insert(QLatin1String("first_name"), sender.firstName);
    lastMessage.insert(QLatin1String("last_name"), sender.lastName);
    lastMessage.insert(QLatin1String("linkedin_profile_id"), sender.profileId);

    QJsonObject object;
    object.insert(QLatin1String("linkedin_thread_id"), talk.id);
    object.insert(QLatin1String("linkedin_thread_url"), threadUrl(talk.id));
    object.insert(QLatin1String("participants"), participants);
    object.insert(QLatin1String("last_message"), lastMessage);
    object.insert(QLatin1String("last_activity_at"), isoUtc(item.when));
    object.insert(QLatin1String("read"), read);
    object.insert(QLatin1String("unread_count"), unread);
    object.insert(QLatin1String("total_received_messages"), received);
    object.insert(QLatin1String("created_at"),
                  isoUtc(item.when.addSecs(-draw.between(qint64(0), 400 * Day))));
    object.insert(QLatin1String("sponsored"), draw.percent(5));
    return object;
}

QJsonObject searchedPerson(const Item &item, const JobFamily *family)
{
    const Person person = drawnPerson(item.key, item.unique, family);
    Stream draw(subKey(item.key, 1));
    const int shared = draw.percent(30) ? 0 : draw.between(1, 120);
    QJsonArray sharedUrls;
    for (int i = 0; i < std::min(shared, 3); ++i) {
        const Person friendOf =
            drawnPerson(subKey(item.key, quint64(10 + i)), permute33(item.key + quint64(i)));
        sharedUrls.append(profileUrl(friendOf.handle));
    }
    QJsonObject object;
    addNames(object, person);
    object.insert(QLatin1String("job_title"), person.title);
    object.insert(QLatin1String("current_title"), person.title);
    object.insert(QLatin1String("company_name"), text(person.company->name));
    object.insert(QLatin1String("headline"), headline(person, draw));
    object.insert(QLatin1String("location"), person.location);
    addIdentity(object, item.seed, person);
    object.insert(QLatin1String("connection_degree"), text(draw.pick(ConnectionDegrees)));
    const QString sharedSearchUrl =
        QLatin1String("https://www.linkedin.com/search/results/people/"
                      "?facetNetwork=%5B%22F%22%5D&facetConnectionOf=%5B%22") +
        QString::number(person.profileId) + QLatin1String("%22%5D");
    object.insert(QLatin1String("shared_connection_search_url"), sharedSearchUrl);
    object.insert(QLatin1String("number_shared_connections"), shared);
    object.insert(QLatin1String("shared_connection_profile_urls"), sharedUrls);
    object.insert(QLatin1String("linkedin_people_post_search_url"),
                  postSearchUrl(item.seed, person.profileId));
    return object;
}

// ---------------------------------------------------------------------------
// linkedin-extract-people, one helper per flag of section 7.6. Each section
// draws from its own sub-key, so turning a flag on adds fields and changes
// none of the others.

struct PeopleFlags
{
    bool sections = false;
    bool experiences = false;
    bool skills = false;
    bool highlights = false;
};

// When the person's current position started, shared by sections (the
// education that precedes it) and experiences.
struct Position
{
    QDate start;
    // Invalid for the current position.
    QDate end;
};

// The person's positions, newest first. Sections (graduation, years of
// experience) and experiences both read it, so their dates agree.
QList<Position> career(const Item &item)
{
    Stream draw(subKey(item.key, 100));
    const QDate today = item.extractedAt.toUTC().date();
    QDate start = QDate(today.year(), today.month(), 1).addMonths(-draw.between(2, 60));
    QDate end;
    QList<Position> positions;
    for (int count = draw.between(2, 5); count > 0; --count) {
        positions.append({start, end});
        end = start.addMonths(-draw.between(0, 2));
        start = end.addMonths(-draw.between(5, 47));
    }
    return positions;
}

// connected_at of highlights and of extract-contact: the same connection.
QDateTime connectedAt(const Item &item)
{
    Stream draw(subKey(item.key, 107));
    return item.extractedAt.addSecs(-draw.between(Day, 6 * 365 * Day));
}

void addBasics(QJsonObject &object, const Item &item, const Person &person)
{
    Stream draw(subKey(item.key, 101));
    addNames(object, person);
    addIdentity(object, item.seed, person);
    // LinkedIn shows a birthday without the year, when at all.
    const QString birthday =
        text(draw.pick(MonthLong)) % u' ' % QString::number(draw.between(1, 28));
    object.insert(QLatin1String("birth_date"), birthday);
    object.insert(QLatin1String("headline"), headline(person, draw));
    object.insert(QLatin1String("linkedin_people_post_search_url"),
                  postSearchUrl(item.seed, person.profileId));
    object.insert(QLatin1String("profile_country"), text(person.culture->countryCode));
    object.insert(QLatin1String("profile_language"), text(person.culture->languageCode));
    object.insert(QLatin1String("location"), person.location);
    object.insert(QLatin1String("open_to_work"), draw.percent(12));
}

QJsonObject education(const School &school, Stream &draw, int endYear)
{
    const char *degree = draw.pick(Degrees);
    const int years =
        QLatin1String(degree).startsWith(QLatin1String("Master")) ? 2 : draw.between(3, 5);
    QJsonObject object;
    object.insert(QLatin1String("title"), text(school.name));
    object.insert(QLatin1String("school_name"), text(school.name));
    object.insert(QLatin1String("school_description"), text(school.description));
    const QString schoolUrl =
        QLatin1String("https://www.linkedin.com/school/") + text(school.slug) + u'/';
    object.insert(QLatin1String("linkedin_school_url"), schoolUrl);
    // Section 7.6 gives no type for the school id, so it stays a string.
    object.insert(QLatin1String("linkedin_school_id"),
                  QString::number(10'000 + keyOf(0, {school.slug}) % 990'000));
    object.insert(QLatin1String("date"), yearRange(endYear - years, endYear));
    object.insert(QLatin1String("degree_name"), text(degree));
    object.insert(QLatin1String("field_of_study"), text(draw.pick(FieldsOfStudy)));
    object.insert(QLatin1String("company_logo_url"), logoUrl(school.slug));
    return object;
}

void addSections(QJsonObject &object, const Item &item, const Person &person)
{
    Stream draw(subKey(item.key, 102));
    const int careerStart = career(item).constLast().start.year();
    const int yearsOfExperience = std::max(1, item.extractedAt.toUTC().date().year() - careerStart);
    const QString opening =
        text(draw.pick(SummaryOpenings))
            .arg(person.title, QString::number(yearsOfExperience), text(person.company->name));
    const QString summary = opening % QLatin1String(" I care about ") %
                            text(draw.pick(person.family->skills)) % QLatin1String(" and ") %
                            text(draw.pick(person.family->skills)) % u'.';
    object.insert(QLatin1String("summary"), summary);
    object.insert(QLatin1String("job_title"), person.title);
    object.insert(QLatin1String("company_name"), text(person.company->name));
    object.insert(QLatin1String("linkedin_company_url"), companyUrl(*person.company));
    object.insert(QLatin1String("linkedin_company_id"), companyId(*person.company));

    QJsonArray schools;
    const int graduated = careerStart - draw.between(0, 1);
    schools.append(education(draw.pick(person.culture->schools), draw, graduated));
    // An earlier degree ends before the latest one could have started.
    if (draw.percent(40))
        schools.append(education(draw.pick(person.culture->schools), draw, graduated - 5));
    object.insert(QLatin1String("education"), schools);

    QJsonArray languages{text(person.culture->languageName)};
    if (std::strcmp(person.culture->languageName, "English") != 0)
        languages.append(QStringLiteral("English"));
    object.insert(QLatin1String("languages"), languages);

    QJsonArray volunteering;
    for (int i = draw.between(0, 2); i > 0; --i) {
        const int year = graduated - draw.between(0, 6);
        volunteering.append(QJsonObject{
            {QLatin1String("title"), text(draw.pick(VolunteerRoles))},
            {QLatin1String("organization_name"), text(draw.pick(VolunteerOrganisations))},
            {QLatin1String("cause"), text(draw.pick(VolunteerCauses))},
            {QLatin1String("date"), yearRange(year, year + draw.between(0, 3))},
        });
    }
    object.insert(QLatin1String("volunteer_experiences"), volunteering);
}

void addExperiences(QJsonObject &object, const Item &item, const Person &person)
{
    Stream draw(subKey(item.key, 103));
    const QDate today = item.extractedAt.toUTC().date();
    QJsonArray positions;
    bool current = true;
    for (const auto &[start, end] : career(item)) {
        const Company &company = current ? *person.company : draw.pick(Companies);
        const QString title = current ? person.title : text(draw.pick(person.family->titles));
        current = false;
        const QDate last = end.isValid() ? end : today;
        QJsonObject position;
        position.insert(QLatin1String("title"), title);
        position.insert(QLatin1String("company_name"), text(company.name));
        position.insert(QLatin1String("company_description"), text(company.description));
        position.insert(QLatin1String("linkedin_company_url"), companyUrl(company));
        position.insert(QLatin1String("linkedin_company_id"), companyId(company));
        position.insert(QLatin1String("location"), text(draw.pick(person.culture->locations)));
        const QString until = end.isValid() ? monthYear(end) : QStringLiteral("Present");
        position.insert(QLatin1String("date"),
                        QString(monthYear(start) % QLatin1String(" - ") % until));
        position.insert(QLatin1String("job_time_period"), timePeriod(monthsBetween(start, last)));
        position.insert(QLatin1String("job_contract_type"), text(draw.pick(ContractTypes)));
        position.insert(QLatin1String("company_logo_url"), logoUrl(company.slug));
        positions.append(position);
    }
    object.insert(QLatin1String("experiences"), positions);
    const QJsonObject past = positions.at(1).toObject();
    object.insert(QLatin1String("past_job_title"), past.value(QLatin1String("title")));
    object.insert(QLatin1String("past_company_name"), past.value(QLatin1String("company_name")));
}

void addSkills(QJsonObject &object, const Item &item, const Person &person)
{
    Stream draw(subKey(item.key, 104));
    QJsonArray skills;
    QStringList taken;
    const int wanted = draw.between(3, int(person.family->skills.size()));
    for (const char *skill : person.family->skills) {
        if (taken.size() < wanted && draw.percent(75)) {
            taken << text(skill);
            skills.append(QJsonObject{{QLatin1String("name"), text(skill)}});
        }
    }
    object.insert(QLatin1String("skills"), skills);
}

void addHighlights(QJsonObject &object, const Item &item)
{
    Stream draw(subKey(item.key, 105));
    const int connections = draw.between(40, 3000);
    object.insert(QLatin1String("number_connections"), connections);
    object.insert(QLatin1String("number_followers"), connections + draw.between(0, 5000));
    // connected_at and linkedin_thread_id only mean something between
    // connections, and section 7.6 types them as values, so the extracted
    // profile is always a first-degree connection.
    object.insert(QLatin1String("connection_degree"), QStringLiteral("1st"));
    object.insert(QLatin1String("linkedin_thread_id"), base64Id(subKey(item.key, 106)));
    object.insert(QLatin1String("connected_at"), isoUtc(connectedAt(item)));
}

QJsonObject people(const Item &item, const Person &person, PeopleFlags flags)
{
    QJsonObject object;
    addBasics(object, item, person);
    if (flags.sections)
        addSections(object, item, person);
    if (flags.experiences)
        addExperiences(object, item, person);
    if (flags.skills)
        addSkills(object, item, person);
    if (flags.highlights)
        addHighlights(object, item);
    return object;
}

QJsonObject contact(const Item &item, const Person &person)
{
    Stream draw(subKey(item.key, 110));
    const QString first = asciiSlug(person.firstName).remove(u'-');
    const QString last = asciiSlug(person.lastName).remove(u'-');
    const QString domain =
        draw.percent(60) ? text(draw.pick(PersonalMailDomains)) : text(person.company->domain);
    const QString twitterHandle = first.left(1) + last + digits(draw, draw.between(0, 2));
    const auto phoneNumber = [&]() -> QString {
        return text(person.culture->phonePrefix) % u' ' % digits(draw, 3) % u' ' % digits(draw, 3) %
               u' ' % digits(draw, 4);
    };
    QJsonArray phones{phoneNumber()};
    if (draw.percent(25))
        phones.append(phoneNumber());

    QJsonObject object;
    object.insert(QLatin1String("connected_at"), isoUtc(connectedAt(item)));
    const QString website = draw.percent(50) ? text(person.company->domain)
                                             : QString(first % last % QLatin1String(".dev"));
    object.insert(QLatin1String("email"), QString(first % u'.' % last % u'@' % domain));
    object.insert(QLatin1String("website"), QString(QLatin1String("https://") % website));
    object.insert(QLatin1String("twitter_handles"), QJsonArray{twitterHandle});
    object.insert(QLatin1String("twitter"),
                  QString(QLatin1String("https://twitter.com/") % twitterHandle));
    object.insert(QLatin1String("phones"), phones);
    object.insert(QLatin1String("phone"), phones.first());
    object.insert(QLatin1String("linkedin_profile_handle"), person.handle);
    object.insert(QLatin1String("linkedin_profile_url"), profileUrl(person.handle));
    object.insert(QLatin1String("sales_navigator_profile_id"),
                  salesNavigatorId(item.seed, person.profileId));
    object.insert(QLatin1String("linkedin_profile_id"), person.profileId);
    return object;
}

bool flag(const ActionSpec &action, const QJsonObject &parameters, QLatin1String name)
{
    const QJsonValue given = parameters.value(name);
    if (given.isBool())
        return given.toBool();
    const ActionSpec::Parameter *parameter = action.parameter(QString(name));
    return parameter && parameter->defaultValue.toBool();
}

// Dates are "in the past relative to extractedAt"; without one there is no
// "now" to lean on (and reading the clock would break purity), so a fixed
// instant stands in.
QDateTime validExtraction(const QDateTime &extractedAt)
{
    if (extractedAt.isValid())
        return extractedAt.toUTC();
    return QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
}

} // namespace

SyntheticData::SyntheticData(quint64 seed)
    : m_seed(seed)
{}

SyntheticData::InputOutcome SyntheticData::outcome(const ActionSpec &action,
                                                   const QJsonObject &input) const
{
    Q_UNUSED(action)
    QStringList strings;
    for (auto it = input.begin(); it != input.end(); ++it) {
        if (it.key() != QLatin1String("custom_data"))
            collectStrings(it.value(), strings);
    }
    const auto any = [&](QLatin1String needle) {
        for (const QString &value : std::as_const(strings)) {
            if (value.contains(needle, Qt::CaseInsensitive))
                return true;
        }
        return false;
    };
    if (any(QLatin1String("linkedin.com/products/")))
        return InputOutcome::Blocked;
    if (any(QLatin1String("no-result")))
        return InputOutcome::NoResult;
    if (any(QLatin1String("unusable")))
        return InputOutcome::Unusable;
    if (any(QLatin1String("transient")))
        return InputOutcome::Transient;
    return InputOutcome::Normal;
}

int SyntheticData::availableResults(const ActionSpec &action, const QJsonObject &input) const
{
    const InputOutcome kind = outcome(action, input);
    if (kind != InputOutcome::Normal && kind != InputOutcome::Transient)
        return 0;
    if (!action.returnsList())
        return 1;
    Stream draw(keyOf(m_seed, {"available", action.slug.toUtf8(), canonicalInput(input).toUtf8()}));
    // Most inputs fit in a few live pages; about one in ten is large enough
    // that max_results and paging matter.
    if (draw.percent(10))
        return draw.between(251, 600);
    return draw.between(5, 250);
}

QJsonObject SyntheticData::result(const ActionSpec &action, const QJsonObject &input,
                                  const QJsonObject &parameters, int index,
                                  const QDateTime &extractedAt) const
{
    const QDateTime extracted = validExtraction(extractedAt);
    const quint64 listKey =
        keyOf(m_seed, {"result", action.slug.toUtf8(), canonicalInput(input).toUtf8()});
    const auto item = [&](qint64 spacing) {
        const QDateTime when =
            spacing > 0 ? listTime(listKey, index, extracted, spacing) : extracted;
        return listItem(m_seed, listKey, index, when, extracted);
    };

    QJsonObject object;
    if (action.slug == ActionSlugs::Connections) {
        object = connection(item(ConnectionSpacing));
    } else if (action.slug == ActionSlugs::Messages) {
        const Thread talk = thread(m_seed, threadIdFromInput(input, listKey), QString());
        object = message(item(MessageSpacing), talk);
    } else if (action.slug == ActionSlugs::Viewers) {
        object = profileViewer(item(ViewerSpacing));
    } else if (action.slug == ActionSlugs::Conversations) {
        object = conversation(item(ConversationSpacing), QString());
    } else if (action.slug == ActionSlugs::SearchPeople) {
        object = searchedPerson(item(0), familyForSearch(input));
    } else if (action.slug == ActionSlugs::ExtractPeople ||
               action.slug == ActionSlugs::ExtractContact) {
        const QString handle = handleFromInput(input);
        const Item profile =
            handle.isEmpty() ? item(0) : handleItem(m_seed, handle, index, extracted);
        const Person person = handle.isEmpty() ? drawnPerson(profile.key, profile.unique)
                                               : personForHandle(profile, handle);
        if (action.slug == ActionSlugs::ExtractContact) {
            object = contact(profile, person);
        } else {
            const PeopleFlags flags{flag(action, parameters, QLatin1String("sections")),
                                    flag(action, parameters, QLatin1String("experiences")),
                                    flag(action, parameters, QLatin1String("skills")),
                                    flag(action, parameters, QLatin1String("highlights"))};
            object = people(profile, person, flags);
        }
    }
    object.insert(QLatin1String("extracted_at"), isoUtc(extracted));
    return object;
}

QJsonObject SyntheticData::sourceItem(const ActionSpec &action, const QString &identityUid,
                                      qint64 index, const QDateTime &createdAt,
                                      const QDateTime &extractedAt) const
{
    const QDateTime extracted = validExtraction(extractedAt);
    const quint64 sourceKey = keyOf(m_seed, {"source", action.slug.toUtf8(), identityUid.toUtf8()});
    const Item item = listItem(m_seed, sourceKey, index, createdAt.toUTC(), extracted);

    QJsonObject object;
    if (action.slug == ActionSlugs::Connections) {
        object = connection(item);
    } else if (action.slug == ActionSlugs::Messages) {
        // The source has no input, so each identity's messages form one
        // thread; position counts from its oldest message.
        const Thread talk = thread(m_seed, base64Id(sourceKey), identityUid);
        object = message(item, talk);
    } else if (action.slug == ActionSlugs::Viewers) {
        object = profileViewer(item);
    } else if (action.slug == ActionSlugs::Conversations) {
        object = conversation(item, identityUid);
    } else if (action.slug == ActionSlugs::SearchPeople) {
        object = searchedPerson(item, nullptr);
    } else if (action.slug == ActionSlugs::ExtractContact) {
        object = contact(item, drawnPerson(item.key, item.unique));
    } else if (action.slug == ActionSlugs::ExtractPeople) {
        object = people(item, drawnPerson(item.key, item.unique), {});
    }
    object.insert(QLatin1String("extracted_at"), isoUtc(extracted));
    return object;
}
