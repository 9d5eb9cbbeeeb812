#pragma once

#include "core/export/exportsettings.h"

#include <QString>
#include <QStringList>

#include <optional>

// The command line of `runboard export`, read and checked for its form.
struct ExportOptions
{
    enum class Request
    {
        Export,
        Help,
    };

    Request request = Request::Export;
    QStringList runUids;
    QString output;
    ExportSettings settings;
    // As given; empty when --base-url was not.
    QString baseUrl;
    QString tier;
    // Start over even when FILE.part and its state could be resumed.
    bool restart = false;

    // `arguments` are those after "export". nullopt and `error` set
    // ("--format: 'pdf' is not csv, jsonl or xlsx") when they cannot be
    // understood.
    static std::optional<ExportOptions> parse(const QStringList &arguments, QString *error);
    static QString helpText();
};
