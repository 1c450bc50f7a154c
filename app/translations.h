// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

/**
 * Loads the app's translation (embedded in the binary) and Qt's own (for standard dialogs) for a
 * language: the system's by default, or the one --lang names.
 */
class Translations
{
public:
    /** The languages the app is translated into, besides English. */
    static QStringList available();
    /**
     * Installs the translators for `language` ("de", "fr", "en", or a locale name such as
     * "de_DE"; empty means the system locale). Returns false for a language the app does not
     * have; English always works. English, and a language the app does not have, get English's
     * plural forms ("1 kink", "2 kinks").
     */
    static bool install(QCoreApplication &app, const QString &language);
};
