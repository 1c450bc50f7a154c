// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// bench_startup: the time from starting the process to its window's first painted frame, for
// relu-explorer and for a bare Qt widget (the floor), alternating, offscreen. Both print the
// monotonic clock at their first frame when RELU_EXIT_AFTER_FIRST_FRAME is set.

#include "benchmark.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace {

double startupMs(const QString &program, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    timespec start {};
    clock_gettime(CLOCK_MONOTONIC, &start);
    process.start(program, {});
    if (!process.waitForFinished(30000))
        return -1;
    const long long frame = process.readAllStandardOutput().trimmed().toLongLong();
    const long long begun = static_cast<long long>(start.tv_sec) * 1000000000LL + start.tv_nsec;
    return double(frame - begun) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::atoi(argv[1]) : 10;
    QTemporaryDir config;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("RELU_EXIT_AFTER_FIRST_FRAME"), QStringLiteral("1"));
    // offscreen by default; `bench_startup RUNS xcb` measures on the X display in $DISPLAY.
    const QString platform = argc > 2 ? QString::fromLatin1(argv[2]) : QStringLiteral("offscreen");
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       config.path()); // a first start, every time
    Timings explorer, hello;
    for (int i = 0; i < runs; ++i) {
        hello.ms.push_back(startupMs(QStringLiteral(RELU_HELLO_PATH), environment));
        explorer.ms.push_back(startupMs(QStringLiteral(RELU_EXPLORER_PATH), environment));
    }
    std::printf("Platform: %s\n\n| program | runs | median ms | p95 ms |\n|---|---|---|---|\n",
                qPrintable(platform));
    std::printf("| bare Qt widget (floor) | %d | %.1f | %.1f |\n", runs, hello.median(),
                hello.p95());
    std::printf("| relu-explorer | %d | %.1f | %.1f |\n", runs, explorer.median(), explorer.p95());
    std::printf("\nFirst frame: %.2fx the bare Qt widget's (target: at most 1.5x).\n",
                explorer.median() / hello.median());
    return 0;
}
