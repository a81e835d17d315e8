// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Build-time tool for the packages: renders the application icon's SVG into the PNG sizes of the
// hicolor icon theme.
//   ve-iconrender SVG OUTDIR NAME SIZE...   writes OUTDIR/<SIZE>x<SIZE>/apps/NAME.png
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "ve-iconrender: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    // Painting into a QImage needs no platform plugin (and there is no display at build time).
    // Text in the SVG would need a QGuiApplication: the icon has none.
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 5)
        return fail(u"usage: ve-iconrender SVG OUTDIR NAME SIZE..."_s);

    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid())
        return fail(u"%1 is not a valid SVG file"_s.arg(args.at(1)));

    for (qsizetype i = 4; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size < 8 || size > 1024)
            return fail(u"bad icon size \"%1\""_s.arg(args.at(i)));
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();

        const QString dir = u"%1/%2x%2/apps"_s.arg(args.at(2)).arg(size);
        const QString file = dir + u'/' + args.at(3) + u".png"_s;
        if (!QDir().mkpath(dir) || !image.save(file, "PNG"))
            return fail(u"cannot write %1"_s.arg(file));
    }
    return 0;
}
