#include "salesview.h"

#include "clock/clock.h"
#include "history/salehistory.h"
#include "history/totalscounter.h"
#include "sale/paymentmethods.h"
#include "saledetailview.h"
#include "saleshistorymodel.h"
#include "store/database.h"
#include "till/till.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProxyStyle>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// Qt hands a header's style "SortUp" for a descending order (and Fusion paints it ▲): the list is
// newest first, so the arrow points down, as people read it.
class SortArrowStyle : public QProxyStyle
{
public:
    void drawPrimitive(PrimitiveElement element,
                       const QStyleOption *option,
                       QPainter *painter,
                       const QWidget *widget) const override
    {
        const auto *header = qstyleoption_cast<const QStyleOptionHeader *>(option);
        if (element != PE_IndicatorHeaderArrow || !header) {
            QProxyStyle::drawPrimitive(element, option, painter, widget);
            return;
        }
        QStyleOptionHeader flipped(*header);
        if (header->sortIndicator == QStyleOptionHeader::SortUp)
            flipped.sortIndicator = QStyleOptionHeader::SortDown;
        else if (header->sortIndicator == QStyleOptionHeader::SortDown)
            flipped.sortIndicator = QStyleOptionHeader::SortUp;
        QProxyStyle::drawPrimitive(element, &flipped, painter, widget);
    }
};
} // namespace

SalesView::SalesView(Till &till, SaleOnScreen &onScreen, SaleActions &actions, QWidget *parent)
    : QWidget(parent)
    , m_till(till)
    , m_history(std::make_unique<SaleHistory>(till.database()))
    , m_model(new SalesHistoryModel(*m_history, till.sales(), this))
    , m_counter(new TotalsCounter(till.database().path(), this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_method(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_table(new QTableView(this))
    , m_totals(new QLabel(this))
    , m_detail(new SaleDetailView(till, onScreen, actions, this))
    , m_splitter(new QSplitter(this))
    , m_typing(new QTimer(this))
    , m_recount(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Search number, amount, customer or product"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search sales"));
    m_search->setToolTip(tr("Search by sale number, amount, customer or product (Ctrl+F)"));
    m_search->setMinimumWidth(260);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    m_status->setAccessibleName(tr("Status"));
    m_status->setToolTip(tr("Show only sales with this status"));
    m_status->addItem(tr("Any status"));
    for (SaleState s : {SaleState::LinkReady, SaleState::Paid, SaleState::PaidCash, SaleState::Cancelled,
                        SaleState::Expired, SaleState::Failed, SaleState::Committed, SaleState::OrderCreated})
        m_status->addItem(SaleStates::displayName(s), SaleStates::key(s));
    m_status->addItem(tr("Overdue invoices"), u"overdue"_s); // to remind
    m_method->setAccessibleName(tr("Payment method"));
    m_method->setToolTip(tr("Show only sales paid this way"));
    m_method->addItem(tr("Any payment method"));
    for (const QString &m : {u"swish"_s, u"card"_s, u"cash"_s})
        m_method->addItem(PaymentMethods::displayName(m), m);
    m_period->setAccessibleName(tr("Period"));
    m_period->setToolTip(tr("Show only sales of this period"));
    m_period->addItems(
        {tr("All dates"), tr("Today"), tr("Yesterday"), tr("Last 7 days"), tr("This month"), tr("Chosen dates")});
    const QDate today = m_till.clock().today();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDate(today);
        edit->setEnabled(false);
    }
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));

    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(SalesHistoryModel::Number, Qt::DescendingOrder);
    auto *arrows = new SortArrowStyle;
    arrows->setParent(m_table->horizontalHeader());
    m_table->horizontalHeader()->setStyle(arrows);
    m_table->horizontalHeader()->setSectionResizeMode(SalesHistoryModel::Customer, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false); // a date and time stay on one line
    m_table->horizontalHeader()->setSectionResizeMode(SalesHistoryModel::Date, QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Sales"));
    m_table->setAlternatingRowColors(true);
    m_totals->setAccessibleName(tr("Totals of the sales shown"));

    // The search on its own row, the filters under it: the list stays narrow enough to leave the
    // sale's detail room beside it on a laptop screen.
    auto *filters = new QVBoxLayout;
    auto *choices = new QHBoxLayout;
    filters->addWidget(m_search);
    filters->addLayout(choices);
    for (QWidget *w : std::initializer_list<QWidget *> {m_status, m_method, m_period, m_from, m_to})
        choices->addWidget(w);
    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_totals);
    auto *detailScroll = new QScrollArea(this);
    detailScroll->setWidget(m_detail);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setMinimumWidth(380); // the sale's actions and items stay readable
    detailScroll->setAccessibleName(tr("The chosen sale"));
    m_splitter->addWidget(listSide);
    m_splitter->addWidget(detailScroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setObjectName(u"salesSplitter"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);
    setTabOrder(m_search, m_status);
    setTabOrder(m_status, m_method);
    setTabOrder(m_method, m_period);
    setTabOrder(m_period, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_table);

    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    m_recount->setSingleShot(true);
    m_recount->setInterval(500);
    connect(m_typing, &QTimer::timeout, this, &SalesView::applyFilter);
    connect(m_search, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applyFilter();
        m_table->setFocus();
        if (m_model->rowCount() > 0)
            m_table->selectRow(0);
    });
    for (QComboBox *combo : {m_status, m_method})
        connect(combo, &QComboBox::currentIndexChanged, this, &SalesView::applyFilter);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this](int period) {
        m_from->setEnabled(period == ChosenDates);
        m_to->setEnabled(period == ChosenDates);
        applyFilter();
    });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &SalesView::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_detail->showSale(m_model->saleIdAt(current.row())); });
    connect(m_counter, &TotalsCounter::counted, this, [this](const SaleFilter &filter, const SaleTotals &totals) {
        if (filter != m_model->filter())
            return;
        m_totals->setText(totalsText(totals));
    });
    connect(m_model, &SalesHistoryModel::contentChanged, m_recount, qOverload<>(&QTimer::start));
    connect(m_recount, &QTimer::timeout, this, [this] { m_counter->request(m_model->filter()); });
    connect(m_detail, &SaleDetailView::showQrRequested, this, &SalesView::showQrRequested);
    connect(m_detail, &SaleDetailView::sendRequested, this, &SalesView::sendRequested);
    connect(m_detail, &SaleDetailView::invoiceRequested, this, &SalesView::invoiceRequested);
    m_totals->setText(tr("Counting…"));
    m_counter->request(m_model->filter());
}

SalesView::~SalesView() = default;

QString SalesView::totalsText(const SaleTotals &totals)
{
    // Takings first; what is still open and what came to nothing are told apart, never added in.
    const QLocale locale;
    const auto n = [](qint64 count) {
        return int(qMin<qint64>(count, INT_MAX));
    };
    QStringList parts {tr("%Ln sold, %1", nullptr, n(totals.soldCount)).arg(totals.sold.format(locale))};
    if (totals.openCount > 0)
        parts.append(tr("%Ln open, %1", nullptr, n(totals.openCount)).arg(totals.open.format(locale)));
    if (totals.notSoldCount > 0)
        parts.append(tr("%Ln cancelled or failed, %1 not sold", nullptr, n(totals.notSoldCount))
                         .arg(totals.notSold.format(locale)));
    return parts.join(u" · "_s);
}

SaleFilter SalesView::currentFilter() const
{
    SaleFilter f;
    f.text = m_search->text().trimmed();
    SaleState state;
    if (SaleStates::fromKey(m_status->currentData().toString(), &state))
        f.state = state;
    if (m_status->currentData().toString() == u"overdue"_s)
        f.overdueOn = m_till.clock().today();
    f.paymentMethod = m_method->currentData().toString();
    const QDate today = m_till.clock().today();
    switch (m_period->currentIndex()) {
    case Today:
        f.from = f.to = today;
        break;
    case Yesterday:
        f.from = f.to = today.addDays(-1);
        break;
    case Last7Days:
        f.from = today.addDays(-6);
        f.to = today;
        break;
    case ThisMonth:
        f.from = QDate(today.year(), today.month(), 1);
        f.to = today;
        break;
    case ChosenDates:
        f.from = qMin(m_from->date(), m_to->date());
        f.to = qMax(m_from->date(), m_to->date());
        break;
    default:
        break;
    }
    return f;
}

void SalesView::applyFilter()
{
    m_typing->stop();
    const SaleFilter filter = currentFilter();
    if (filter == m_model->filter())
        return;
    const qint64 shown = m_detail->saleId();
    m_model->setFilter(filter);
    m_totals->setText(tr("Counting…"));
    m_counter->request(filter);
    const int row = m_model->rowOf(shown);
    if (row >= 0)
        m_table->selectRow(row);
}

void SalesView::showSale(qint64 saleId)
{
    const int row = m_model->rowOf(saleId);
    if (row >= 0)
        m_table->selectRow(row);
    m_detail->showSale(saleId);
}
