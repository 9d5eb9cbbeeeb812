#include "app/embeddedsandboxhost.h"

#include "sandbox/sandboxengine.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcEmbedded, "runboard.app.sandbox")

EmbeddedSandboxHost::EmbeddedSandboxHost(SandboxOptions options)
    : m_options(std::move(options))
{}

EmbeddedSandboxHost::~EmbeddedSandboxHost() = default;

std::optional<ConnectionController::Embedded> EmbeddedSandboxHost::start(QString *error)
{
    if (!m_engine) {
        QDir().mkpath(QFileInfo(m_options.databasePath).absolutePath());
        auto engine = SandboxEngine::create(m_options, error);
        if (!engine || !engine->listen(error))
            return std::nullopt;
        m_engine = std::move(engine);
        qCDebug(lcEmbedded) << "embedded sandbox listening on" << m_engine->baseUrl();
    }
    return ConnectionController::Embedded{
        QUrl(m_engine->baseUrl()), m_engine->options().apiKeys.value(0), m_engine->options().tier};
}

void EmbeddedSandboxHost::stop()
{
    if (m_engine)
        qCDebug(lcEmbedded) << "embedded sandbox stopped";
    m_engine.reset();
}

ConnectionController::EmbeddedSandbox EmbeddedSandboxHost::hooks()
{
    return {[this](QString *error) { return start(error); }, [this] { stop(); }};
}
