// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

QStringList Translations::available()
{
    QStringList languages;
    const QStringList files
        = QDir(QStringLiteral(":/i18n")).entryList({ QStringLiteral("relu-explorer_*.qm") });
    for (const QString &file : files) {
        const QString language = file.mid(int(qstrlen("relu-explorer_"))).chopped(3);
        if (language != QLatin1String("en")) // the source language's plural forms only
            languages << language;
    }
    return languages;
}

bool Translations::install(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    const bool english = !language.isEmpty()
        && language.left(2).compare(QLatin1String("en"), Qt::CaseInsensitive) == 0;
    auto *own = new QTranslator(&app);
    const bool found = !english
        && own->load(locale, QStringLiteral("relu-explorer"), QStringLiteral("_"),
                     QStringLiteral(":/i18n"));
    // English is the source language, but its plural forms ("1 kink", "2 kinks" for "%n kink(s)")
    // come from a translation of their own; so for every language the app does not have, which
    // shows English.
    if (found || own->load(QStringLiteral(":/i18n/relu-explorer_en.qm")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    // Numbers for a reader follow the language the words are in: "2,50" beside German words,
    // "2.50" beside English ones, also where the system's locale is another (LANG=de_DE with
    // --lang en). NumberFormat::fixed and compact, the axis ticks and the spin boxes read this
    // default; what is written for a program (CSV, settings, files) stays C.
    QLocale::setDefault(found ? locale : QLocale(QLocale::English));
    if (english)
        return true;
    // Qt's own strings (the buttons of standard dialogs), where Debian's qt6-translations-l10n has
    // them.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return found || language.isEmpty();
}
