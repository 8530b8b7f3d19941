#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

// The English and Swedish translations the build makes (the .qm files in STALLPAY_QM_DIR), as the
// till loads them, and a switch between them (the English .qm holds the plurals' English forms).
class BuiltLanguages
{
public:
    bool load()
    {
        using namespace Qt::StringLiterals;
        return m_swedish.load(u"stallpay_sv"_s, QStringLiteral(STALLPAY_QM_DIR))
            && m_english.load(u"stallpay_en"_s, QStringLiteral(STALLPAY_QM_DIR));
    }
    void english()
    {
        QCoreApplication::removeTranslator(&m_swedish);
        QCoreApplication::installTranslator(&m_english);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void swedish()
    {
        QCoreApplication::removeTranslator(&m_english);
        QCoreApplication::installTranslator(&m_swedish);
        QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    }

private:
    QTranslator m_swedish;
    QTranslator m_english;
};
