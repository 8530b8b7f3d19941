#pragma once

#include <QCoreApplication>

// `stallpay invoice --csv FILE --out DIR [--send] [--data-dir DIR] [--api-base URL] [--seller FILE]`:
// batch invoicing without a window. For each invoice of the file (rows sharing a reference) it
// commits the sale with its invoice in one transaction, lets the sync engine make the payment order
// and the link (due with the invoice), writes DIR/<invoice number>.pdf and prints
// "reference<TAB>invoice number<TAB>PDF path<TAB>checkout URL" on stdout; progress and every bad row
// (line, column, what is wrong) go to stderr. A reference invoiced before is not invoiced again.
// Exit code: 0 all invoiced, 1 some rows were bad (the others are invoiced), 2 nothing could be done.
class InvoiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceCommand)

public:
    // argv[1] is "invoice". Makes its own QGuiApplication (offscreen unless a platform is chosen).
    static int run(int argc, char *argv[]);
};
