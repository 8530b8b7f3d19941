#pragma once

#include <QHash>
#include <QWidget>

class ColourChoice;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class Till;

// The seller's products: the list, a form to add or change one (name, price incl. VAT, VAT rate,
// barcode, quick-key colour, category, position), delete, and CSV import and export.
class CatalogView : public QWidget
{
    Q_OBJECT
public:
    explicit CatalogView(Till &till, QWidget *parent = nullptr);

    QTableWidget *list() const { return m_list; }
    QLineEdit *field(const QString &column) const { return m_fields.value(column); }
    QComboBox *vatChoice() const { return m_vat; }
    ColourChoice *colourChoice() const { return m_colours; }
    QLabel *errorOf(const QString &column) const { return m_errors.value(column); }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *deleteButton() const { return m_delete; }
    QLabel *messageLabel() const { return m_message; }

    // The file parts, apart from their file dialogs (tests give the path).
    void importFile(const QString &fileName);
    bool exportTo(const QString &fileName, QString *error);

private:
    void reload();
    void edit(qint64 productId);
    void save();
    void remove();
    QLineEdit *addField(const QString &column, const QString &accessibleName);

    Till &m_till;
    qint64 m_editedId = 0;
    QTableWidget *m_list;
    QHash<QString, QLineEdit *> m_fields;
    QHash<QString, QLabel *> m_errors;
    QComboBox *m_vat;
    QSpinBox *m_position;
    ColourChoice *m_colours = nullptr;
    QLabel *m_message;
    QPushButton *m_new;
    QPushButton *m_save;
    QPushButton *m_delete;
    QPushButton *m_import;
    QPushButton *m_export;
    bool m_deleteArmed = false;
    qint64 m_askedPriceOre = -1; // a price above the limit the seller was asked about once
};
