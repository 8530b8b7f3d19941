<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CartModel</name>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>CatalogRepository</name>
    <message>
        <source>Cannot save the product: %1</source>
        <translation>Cannot save the product: %1</translation>
    </message>
    <message>
        <source>Cannot remove the product: %1</source>
        <translation>Cannot remove the product: %1</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>The system keychain is not available: %1</translation>
    </message>
    <message>
        <source>Cannot save to the system keychain: %1</source>
        <translation>Cannot save to the system keychain: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the sales database %1: %2</source>
        <translation>Cannot open the sales database %1: %2</translation>
    </message>
    <message>
        <source>Cannot set up the sales database: %1</source>
        <translation>Cannot set up the sales database: %1</translation>
    </message>
    <message>
        <source>The sales database was written by a newer Stallpay (schema %1). Update Stallpay to open it.</source>
        <translation>The sales database was written by a newer Stallpay (schema %1). Update Stallpay to open it.</translation>
    </message>
    <message>
        <source>Cannot update the sales database to schema %1: %2</source>
        <translation>Cannot update the sales database to schema %1: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Stallpay — demo</source>
        <translation>Stallpay — demo</translation>
    </message>
    <message>
        <source>Stallpay</source>
        <translation>Stallpay</translation>
    </message>
    <message>
        <source>Today's sales</source>
        <translation>Today's sales</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Screens</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Sell</translation>
    </message>
    <message>
        <source>Ring up a sale (F1)</source>
        <translation>Ring up a sale (F1)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Today's sales and their status (F2)</source>
        <translation>Today's sales and their status (F2)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline — sales are kept and sent later</source>
        <translation>Offline — sales are kept and sent later</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting</source>
        <translation>
            <numerusform>%n action waiting</numerusform>
            <numerusform>%n actions waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentView</name>
    <message>
        <source>&amp;Open checkout</source>
        <translation>&amp;Open checkout</translation>
    </message>
    <message>
        <source>Paid in &amp;cash</source>
        <translation>Paid in &amp;cash</translation>
    </message>
    <message>
        <source>C&amp;ancel sale</source>
        <translation>C&amp;ancel sale</translation>
    </message>
    <message>
        <source>&amp;New sale</source>
        <translation>&amp;New sale</translation>
    </message>
    <message>
        <source>Back to selling; the payment is still followed (Esc)</source>
        <translation>Back to selling; the payment is still followed (Esc)</translation>
    </message>
    <message>
        <source>Open the payment page in the browser of this computer</source>
        <translation>Open the payment page in the browser of this computer</translation>
    </message>
    <message>
        <source>Sale %1 — %2</source>
        <translation>Sale %1 — %2</translation>
    </message>
    <message>
        <source>Scan to pay with Swish or card</source>
        <translation>Scan to pay with Swish or card</translation>
    </message>
    <message>
        <source>The QR code appears as soon as the payment link exists.</source>
        <translation>The QR code appears as soon as the payment link exists.</translation>
    </message>
</context>
<context>
    <name>PingConfig</name>
    <message>
        <source>The API address "%1" is not a valid URL.</source>
        <translation>The API address "%1" is not a valid URL.</translation>
    </message>
    <message>
        <source>The API address "%1" must start with https:// (plain http is only allowed on this computer).</source>
        <translation>The API address "%1" must start with https:// (plain http is only allowed on this computer).</translation>
    </message>
    <message>
        <source>No tenant ID is set. Enter the tenant ID from Ping Payments in Settings.</source>
        <translation>No tenant ID is set. Enter the tenant ID from Ping Payments in Settings.</translation>
    </message>
</context>
<context>
    <name>PingResponse</name>
    <message>
        <source>The payment service refused the request (HTTP %1). Check the tenant ID in Settings.</source>
        <translation>The payment service refused the request (HTTP %1). Check the tenant ID in Settings.</translation>
    </message>
    <message>
        <source>The payment service refused the request (HTTP %1).</source>
        <translation>The payment service refused the request (HTTP %1).</translation>
    </message>
    <message>
        <source>The payment service refused the request: %1</source>
        <translation>The payment service refused the request: %1</translation>
    </message>
    <message>
        <source>The payment service is busy; Stallpay will try again.</source>
        <translation>The payment service is busy; Stallpay will try again.</translation>
    </message>
    <message>
        <source>The payment service cannot be reached (%1); Stallpay will try again.</source>
        <translation>The payment service cannot be reached (%1); Stallpay will try again.</translation>
    </message>
    <message>
        <source>The payment service had an error (HTTP %1); Stallpay will check and try again.</source>
        <translation>The payment service had an error (HTTP %1); Stallpay will check and try again.</translation>
    </message>
    <message>
        <source>No answer from the payment service (%1); Stallpay will check and try again.</source>
        <translation>No answer from the payment service (%1); Stallpay will check and try again.</translation>
    </message>
    <message>
        <source>unreadable response</source>
        <translation>unreadable response</translation>
    </message>
    <message>
        <source>malformed JSON in the answer</source>
        <translation>malformed JSON in the answer</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Stallpay cannot start</source>
        <translation>Stallpay cannot start</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <source>Payment QR code</source>
        <translation>Payment QR code</translation>
    </message>
</context>
<context>
    <name>SaleService</name>
    <message>
        <source>The cart is empty. Add an item before charging.</source>
        <translation>The cart is empty. Add an item before charging.</translation>
    </message>
    <message>
        <source>The total must be more than zero to charge.</source>
        <translation>The total must be more than zero to charge.</translation>
    </message>
    <message>
        <source>Cannot save the sale: %1</source>
        <translation>Cannot save the sale: %1</translation>
    </message>
    <message>
        <source>Sale %1 does not exist.</source>
        <translation>Sale %1 does not exist.</translation>
    </message>
    <message>
        <source>Sale %1 is %2 and cannot become %3.</source>
        <translation>Sale %1 is %2 and cannot become %3.</translation>
    </message>
    <message>
        <source>Cannot save the change to sale %1: %2</source>
        <translation>Cannot save the change to sale %1: %2</translation>
    </message>
    <message>
        <source>Cannot save the customer's details: %1</source>
        <translation>Cannot save the customer's details: %1</translation>
    </message>
    <message>
        <source>Sale %1 is %2; there is nothing left to pay.</source>
        <translation>Sale %1 is %2; there is nothing left to pay.</translation>
    </message>
    <message>
        <source>Choose SMS, e-mail or both.</source>
        <translation>Choose SMS, e-mail or both.</translation>
    </message>
    <message>
        <source>Enter the customer's mobile number to send an SMS.</source>
        <translation>Enter the customer's mobile number to send an SMS.</translation>
    </message>
    <message>
        <source>Enter the customer's e-mail address to send an e-mail.</source>
        <translation>Enter the customer's e-mail address to send an e-mail.</translation>
    </message>
</context>
<context>
    <name>SaleState</name>
    <message>
        <source>Waiting for network</source>
        <translation>Waiting for network</translation>
    </message>
    <message>
        <source>Creating payment link</source>
        <translation>Creating payment link</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Waiting for payment</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Paid in cash</source>
        <translation>Paid in cash</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Refused by the payment service</source>
        <translation>Refused by the payment service</translation>
    </message>
</context>
<context>
    <name>SellView</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Remove line</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Cart</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Create the payment and show its QR code (F12)</source>
        <translation>Create the payment and show its QR code (F12)</translation>
    </message>
    <message>
        <source>Undo the last change to the cart (%1)</source>
        <translation>Undo the last change to the cart (%1)</translation>
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation>Remove the selected line (Delete)</translation>
    </message>
    <message>
        <source>Add %1 (%2)</source>
        <translation>Add %1 (%2)</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>VAT %1 %: %2</source>
        <translation>VAT %1 %: %2</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Charge %1</source>
        <translation>Charge %1</translation>
    </message>
</context>
<context>
    <name>Till</name>
    <message>
        <source>Cannot create the data folder %1. Choose a folder you can write to with --data-dir.</source>
        <translation>Cannot create the data folder %1. Choose a folder you can write to with --data-dir.</translation>
    </message>
    <message>
        <source>Stallpay is already running with the data folder %1 (process %2). Switch to that window, or start with another --data-dir.</source>
        <translation>Stallpay is already running with the data folder %1 (process %2). Switch to that window, or start with another --data-dir.</translation>
    </message>
    <message>
        <source>Cannot start the built-in demo payment service: %1</source>
        <translation>Cannot start the built-in demo payment service: %1</translation>
    </message>
    <message>
        <source>Cannot read the test account of the payment service at %1: %2</source>
        <translation>Cannot read the test account of the payment service at %1: %2</translation>
    </message>
</context>
<context>
    <name>TodaySalesModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
</TS>