// A batch invoicing file (`stallpay invoice --csv FILE`): decoded as CsvFile reads a file, then
// InvoiceCsv::parse groups its rows by reference and checks every buyer field and line.
#include "fuzzsupport.h"

#include "csv/csvfile.h"
#include "invoice/invoicecsv.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::app(); // the messages are translated
    const CsvFile::Read read = CsvFile::decode(Fuzz::bytes(data, size));
    if (!read.ok())
        return 0;
    QString fileError;
    const QList<InvoiceCsvInvoice> invoices = InvoiceCsv::parse(read.utf8, &fileError);
    Fuzz::use(invoices);
    Fuzz::use(fileError);
    return 0;
}
