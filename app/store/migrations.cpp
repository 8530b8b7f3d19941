#include "migrations.h"

#include "legacyevents.h"

using namespace Qt::StringLiterals;

const QList<Migration> &schemaMigrations()
{
    static const QList<Migration> migrations = {
        {1,
         {
             // Gapless numbers: taken and incremented in the same transaction that writes the row.
             u"CREATE TABLE counters (name TEXT PRIMARY KEY, next_value INTEGER NOT NULL)"_s,
             u"INSERT INTO counters (name, next_value) VALUES ('sale', 1), ('invoice', 1)"_s,
             u"CREATE TABLE products ("
             " id INTEGER PRIMARY KEY,"
             " name TEXT NOT NULL CHECK (length(name) > 0),"
             " price_ore INTEGER NOT NULL CHECK (price_ore >= 0),"
             " vat_class TEXT NOT NULL,"
             " barcode TEXT,"
             " color TEXT,"
             " category TEXT NOT NULL DEFAULT '',"
             " position INTEGER NOT NULL DEFAULT 0,"
             " active INTEGER NOT NULL DEFAULT 1)"_s,
             u"CREATE UNIQUE INDEX products_barcode ON products (barcode) WHERE barcode IS NOT NULL AND barcode <> ''"_s,
             // The bookkeeping record. Contact data of the payer lives in sale_contacts, apart.
             u"CREATE TABLE sales ("
             " id INTEGER PRIMARY KEY,"
             " number INTEGER NOT NULL UNIQUE,"
             " created_at TEXT NOT NULL,"
             " sale_date TEXT NOT NULL,"
             " total_ore INTEGER NOT NULL,"
             " vat_ore INTEGER NOT NULL,"
             " state TEXT NOT NULL,"
             " payment_method TEXT,"
             " payment_order_id TEXT,"
             " payment_link_id TEXT,"
             " checkout_url TEXT,"
             " link_status TEXT,"
             " order_closed INTEGER NOT NULL DEFAULT 0,"
             " last_error TEXT,"
             " updated_at TEXT NOT NULL)"_s,
             u"CREATE INDEX sales_created_at ON sales (created_at)"_s,
             u"CREATE INDEX sales_sale_date ON sales (sale_date)"_s,
             u"CREATE INDEX sales_state ON sales (state)"_s,
             u"CREATE TABLE sale_lines ("
             " id INTEGER PRIMARY KEY,"
             " sale_id INTEGER NOT NULL REFERENCES sales (id),"
             " position INTEGER NOT NULL,"
             " product_id INTEGER,"
             " description TEXT NOT NULL,"
             " unit_price_ore INTEGER NOT NULL,"
             " quantity INTEGER NOT NULL CHECK (quantity > 0),"
             " vat_bp INTEGER NOT NULL)"_s,
             u"CREATE INDEX sale_lines_sale ON sale_lines (sale_id)"_s,
             u"CREATE TABLE sale_contacts ("
             " sale_id INTEGER PRIMARY KEY REFERENCES sales (id),"
             " name TEXT, phone TEXT, email TEXT, address TEXT,"
             " created_at TEXT NOT NULL)"_s,
             // Timeline: every state change and API outcome of a sale.
             u"CREATE TABLE sale_events ("
             " id INTEGER PRIMARY KEY,"
             " sale_id INTEGER NOT NULL REFERENCES sales (id),"
             " at TEXT NOT NULL,"
             " kind TEXT NOT NULL,"
             " state TEXT,"
             " detail TEXT)"_s,
             u"CREATE INDEX sale_events_sale ON sale_events (sale_id)"_s,
             // Every API action, written in the transaction that causes it, worked by the sync engine.
             u"CREATE TABLE outbox ("
             " id INTEGER PRIMARY KEY,"
             " sale_id INTEGER NOT NULL REFERENCES sales (id),"
             " kind TEXT NOT NULL,"
             " status TEXT NOT NULL DEFAULT 'pending',"
             " attempts INTEGER NOT NULL DEFAULT 0,"
             " next_attempt_at TEXT,"
             " payload TEXT,"
             " last_error TEXT,"
             " created_at TEXT NOT NULL,"
             " updated_at TEXT NOT NULL)"_s,
             u"CREATE INDEX outbox_open ON outbox (status, next_attempt_at)"_s,
         }},
        {2,
         {
             // The payer's contact, split into what an invoice prints; purgeable apart from the sale.
             u"ALTER TABLE sale_contacts ADD COLUMN street TEXT"_s,
             u"ALTER TABLE sale_contacts ADD COLUMN zip TEXT"_s,
             u"ALTER TABLE sale_contacts ADD COLUMN city TEXT"_s,
             u"ALTER TABLE sale_contacts ADD COLUMN updated_at TEXT"_s,
             // What the payment service says of the link's delivery.
             u"ALTER TABLE sales ADD COLUMN sms_status TEXT"_s,
             u"ALTER TABLE sales ADD COLUMN distributed_by_email INTEGER NOT NULL DEFAULT 0"_s,
         }},
        {3,
         {
             // The sales history searches a million sales by amount and by product through these
             // (app/history/salehistory.cpp); number, state and date have theirs since schema 1.
             u"CREATE INDEX sales_total ON sales (total_ore)"_s,
             u"CREATE INDEX sale_lines_product ON sale_lines (product_id, sale_id)"_s,
         }},
        {4,
         {
             // A server's Retry-After is a floor that a reconnect does not lift.
             u"ALTER TABLE outbox ADD COLUMN not_before TEXT"_s,
             // When the first attempt whose outcome is unknown was sent: where a duplicate may be.
             u"ALTER TABLE outbox ADD COLUMN unknown_since TEXT"_s,
         }},
        {5,
         {
             // The newest payment attempt on the sale's current link, as the payment order lists it:
             // a declined, aborted or crashed one leaves the link payable, and the seller is told.
             u"ALTER TABLE sales ADD COLUMN last_payment_id TEXT"_s,
             u"ALTER TABLE sales ADD COLUMN last_payment_status TEXT"_s,
         }},
        {6,
         {
             // A sale names how it was paid (the method: swish, card, …) and, apart, who carried it.
             // Earlier versions stored the provider as the method: a card reads "card" again.
             u"ALTER TABLE sales ADD COLUMN payment_provider TEXT"_s,
             u"UPDATE sales SET payment_provider = payment_method, payment_method = 'card'"
             " WHERE payment_method IN ('verifone', 'payment_iq')"_s,
             u"UPDATE sales SET payment_provider = 'swish' WHERE payment_method = 'swish'"_s,
         }},
        {7,
         {
             // Invoices and credit notes of sales, numbered from counters 'invoice' in the transaction
             // that writes the row (app/sale/saleinvoicing.cpp): one gapless series, never reused.
             // A credit note names the invoice it credits. `reference` is a batch caller's own key,
             // so a re-run of the same file invoices nothing twice.
             u"CREATE TABLE invoices ("
             " id INTEGER PRIMARY KEY,"
             " sale_id INTEGER NOT NULL REFERENCES sales (id),"
             " number INTEGER NOT NULL UNIQUE,"
             " kind TEXT NOT NULL CHECK (kind IN ('invoice', 'credit_note')),"
             " issued_at TEXT NOT NULL,"
             " invoice_date TEXT NOT NULL,"
             " delivery_date TEXT NOT NULL,"
             " due_date TEXT,"
             " terms_days INTEGER NOT NULL DEFAULT 0,"
             " ocr TEXT NOT NULL,"
             " language TEXT NOT NULL DEFAULT 'sv',"
             " simplified INTEGER NOT NULL DEFAULT 0,"
             " credits_invoice_id INTEGER REFERENCES invoices (id),"
             " reference TEXT UNIQUE)"_s,
             u"CREATE INDEX invoices_sale ON invoices (sale_id)"_s,
             // A reminder of an overdue invoice: when it was made and the new day to pay by.
             u"ALTER TABLE invoices ADD COLUMN reminded_on TEXT"_s,
             u"ALTER TABLE invoices ADD COLUMN reminder_due_date TEXT"_s,
             u"CREATE UNIQUE INDEX invoices_one_per_sale ON invoices (sale_id, kind)"_s,
             // A business buyer's numbers, printed on its invoice; personal data stays purgeable.
             u"ALTER TABLE sale_contacts ADD COLUMN org_number TEXT"_s,
             u"ALTER TABLE sale_contacts ADD COLUMN vat_number TEXT"_s,
             // The VAT class a line was sold under: an invoice takes the rate valid on its delivery date.
             u"ALTER TABLE sale_lines ADD COLUMN vat_class TEXT"_s,
         }},
        {8,
         {
             // A refund of a paid sale: why, the seller's note, and its return receipt, numbered in
             // the sales' series in the transaction that records the refund done.
             u"ALTER TABLE sales ADD COLUMN refund_reason TEXT"_s,
             u"ALTER TABLE sales ADD COLUMN refund_note TEXT"_s,
             u"ALTER TABLE sales ADD COLUMN refund_number INTEGER"_s,
             u"ALTER TABLE sales ADD COLUMN refunded_at TEXT"_s,
             u"ALTER TABLE sales ADD COLUMN refund_date TEXT"_s,
         }},
        {9,
         {
             // Ping's own documents of a sale (app/sale/saledocuments.cpp): the invoice of its link
             // (made through the Payment Links API, with Ping's OCR reference) and the receipt of
             // the paid link, each fetched once and cached as a PDF in the data folder (`file`,
             // relative to it). One of each kind per link: a lost answer never makes a second.
             u"CREATE TABLE ping_documents ("
             " id INTEGER PRIMARY KEY,"
             " sale_id INTEGER NOT NULL REFERENCES sales (id),"
             " kind TEXT NOT NULL CHECK (kind IN ('invoice', 'receipt')),"
             " payment_link_id TEXT NOT NULL,"
             " reference_type TEXT,"
             " reference TEXT,"
             " url TEXT NOT NULL,"
             " file TEXT NOT NULL,"
             " fetched_at TEXT NOT NULL,"
             " UNIQUE (sale_id, kind, payment_link_id))"_s,
         }},
        {10,
         {
             // The timeline as codes: each event's stable code (EventRecord's key) and its arguments
             // as JSON; the text is made in the reader's language when shown. `detail` stays: the
             // plain technical English for the log and support (EventRecord::forLog).
             u"ALTER TABLE sale_events ADD COLUMN code TEXT"_s,
             u"ALTER TABLE sale_events ADD COLUMN args TEXT"_s,
         },
         // The events stored so far: their sentences read into code and arguments, once.
         &LegacyEvents::convertAll},
        {11,
         {
             // The till's own jobs have no sale: a payment order made ahead, before the Charge that
             // uses it (spare_orders). The outbox is rebuilt with sale_id that may be NULL.
             u"CREATE TABLE outbox_new ("
             " id INTEGER PRIMARY KEY,"
             " sale_id INTEGER REFERENCES sales (id),"
             " kind TEXT NOT NULL,"
             " status TEXT NOT NULL DEFAULT 'pending',"
             " attempts INTEGER NOT NULL DEFAULT 0,"
             " next_attempt_at TEXT,"
             " payload TEXT,"
             " last_error TEXT,"
             " created_at TEXT NOT NULL,"
             " updated_at TEXT NOT NULL,"
             " not_before TEXT,"
             " unknown_since TEXT)"_s,
             u"INSERT INTO outbox_new (id, sale_id, kind, status, attempts, next_attempt_at, payload, last_error,"
             " created_at, updated_at, not_before, unknown_since) SELECT id, sale_id, kind, status, attempts,"
             " next_attempt_at, payload, last_error, created_at, updated_at, not_before, unknown_since FROM outbox"_s,
             u"DROP TABLE outbox"_s,
             u"ALTER TABLE outbox_new RENAME TO outbox"_s,
             u"CREATE INDEX outbox_open ON outbox (status, next_attempt_at)"_s,
             // A sale's jobs, found by the sale: the poller asks which open links came of a request
             // with an unknown outcome (StatusPoller), on every cycle.
             u"CREATE INDEX outbox_sale ON outbox (sale_id, kind)"_s,
             // Payment orders made ahead (SyncEngine keeps one ready), so that a Charge needs only
             // the link request. Spare while sale_id and closed_at are NULL; a Charge takes it in
             // the transaction that commits the sale, and one too old is closed.
             u"CREATE TABLE spare_orders ("
             " id INTEGER PRIMARY KEY,"
             " payment_order_id TEXT NOT NULL UNIQUE,"
             " made_at TEXT NOT NULL,"
             " sale_id INTEGER UNIQUE REFERENCES sales (id),"
             " closed_at TEXT)"_s,
         }},
    };
    return migrations;
}
