<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>CartModel</name>
    <message>
        <source>Item</source>
        <translation>Vara</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
</context>
<context>
    <name>CatalogRepository</name>
    <message>
        <source>Cannot save the product: %1</source>
        <translation>Det gick inte att spara varan: %1</translation>
    </message>
    <message>
        <source>Cannot remove the product: %1</source>
        <translation>Det gick inte att ta bort varan: %1</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>Systemets nyckelring är inte tillgänglig: %1</translation>
    </message>
    <message>
        <source>Cannot save to the system keychain: %1</source>
        <translation>Det gick inte att spara i systemets nyckelring: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the sales database %1: %2</source>
        <translation>Det gick inte att öppna försäljningsdatabasen %1: %2</translation>
    </message>
    <message>
        <source>Cannot set up the sales database: %1</source>
        <translation>Det gick inte att förbereda försäljningsdatabasen: %1</translation>
    </message>
    <message>
        <source>The sales database was written by a newer Stallpay (schema %1). Update Stallpay to open it.</source>
        <translation>Försäljningsdatabasen är skriven av en nyare Stallpay (schema %1). Uppdatera Stallpay för att öppna den.</translation>
    </message>
    <message>
        <source>Cannot update the sales database to schema %1: %2</source>
        <translation>Det gick inte att uppdatera försäljningsdatabasen till schema %1: %2</translation>
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
        <translation>Dagens försäljning</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Vyer</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Sälj</translation>
    </message>
    <message>
        <source>Ring up a sale (F1)</source>
        <translation>Slå in ett köp (F1)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <source>Today's sales and their status (F2)</source>
        <translation>Dagens försäljning och dess status (F2)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Ansluten</translation>
    </message>
    <message>
        <source>Offline — sales are kept and sent later</source>
        <translation>Frånkopplad — köpen sparas och skickas senare</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting</source>
        <translation>
            <numerusform>%n åtgärd väntar</numerusform>
            <numerusform>%n åtgärder väntar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentView</name>
    <message>
        <source>&amp;Open checkout</source>
        <translation>Ö&amp;ppna betalsidan</translation>
    </message>
    <message>
        <source>Paid in &amp;cash</source>
        <translation>Betalt &amp;kontant</translation>
    </message>
    <message>
        <source>C&amp;ancel sale</source>
        <translation>&amp;Avbryt köpet</translation>
    </message>
    <message>
        <source>&amp;New sale</source>
        <translation>&amp;Nytt köp</translation>
    </message>
    <message>
        <source>Back to selling; the payment is still followed (Esc)</source>
        <translation>Tillbaka till försäljningen; betalningen följs ändå (Esc)</translation>
    </message>
    <message>
        <source>Open the payment page in the browser of this computer</source>
        <translation>Öppna betalsidan i den här datorns webbläsare</translation>
    </message>
    <message>
        <source>Sale %1 — %2</source>
        <translation>Köp %1 — %2</translation>
    </message>
    <message>
        <source>Scan to pay with Swish or card</source>
        <translation>Skanna för att betala med Swish eller kort</translation>
    </message>
    <message>
        <source>The QR code appears as soon as the payment link exists.</source>
        <translation>QR-koden visas så snart betallänken finns.</translation>
    </message>
</context>
<context>
    <name>PingConfig</name>
    <message>
        <source>The API address "%1" is not a valid URL.</source>
        <translation>API-adressen "%1" är ingen giltig URL.</translation>
    </message>
    <message>
        <source>The API address "%1" must start with https:// (plain http is only allowed on this computer).</source>
        <translation>API-adressen "%1" måste börja med https:// (vanlig http tillåts bara på den här datorn).</translation>
    </message>
    <message>
        <source>No tenant ID is set. Enter the tenant ID from Ping Payments in Settings.</source>
        <translation>Inget tenant-ID är angivet. Ange tenant-ID:t från Ping Payments under Inställningar.</translation>
    </message>
</context>
<context>
    <name>PingResponse</name>
    <message>
        <source>The payment service refused the request (HTTP %1). Check the tenant ID in Settings.</source>
        <translation>Betaltjänsten nekade begäran (HTTP %1). Kontrollera tenant-ID:t under Inställningar.</translation>
    </message>
    <message>
        <source>The payment service refused the request (HTTP %1).</source>
        <translation>Betaltjänsten nekade begäran (HTTP %1).</translation>
    </message>
    <message>
        <source>The payment service refused the request: %1</source>
        <translation>Betaltjänsten nekade begäran: %1</translation>
    </message>
    <message>
        <source>The payment service is busy; Stallpay will try again.</source>
        <translation>Betaltjänsten är upptagen; Stallpay försöker igen.</translation>
    </message>
    <message>
        <source>The payment service cannot be reached (%1); Stallpay will try again.</source>
        <translation>Betaltjänsten går inte att nå (%1); Stallpay försöker igen.</translation>
    </message>
    <message>
        <source>The payment service had an error (HTTP %1); Stallpay will check and try again.</source>
        <translation>Betaltjänsten fick ett fel (HTTP %1); Stallpay kontrollerar och försöker igen.</translation>
    </message>
    <message>
        <source>No answer from the payment service (%1); Stallpay will check and try again.</source>
        <translation>Inget svar från betaltjänsten (%1); Stallpay kontrollerar och försöker igen.</translation>
    </message>
    <message>
        <source>unreadable response</source>
        <translation>oläsbart svar</translation>
    </message>
    <message>
        <source>malformed JSON in the answer</source>
        <translation>felaktig JSON i svaret</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Stallpay cannot start</source>
        <translation>Stallpay kan inte starta</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <source>Payment QR code</source>
        <translation>QR-kod för betalning</translation>
    </message>
</context>
<context>
    <name>SaleService</name>
    <message>
        <source>The cart is empty. Add an item before charging.</source>
        <translation>Varukorgen är tom. Lägg till en vara innan du tar betalt.</translation>
    </message>
    <message>
        <source>The total must be more than zero to charge.</source>
        <translation>Summan måste vara större än noll för att ta betalt.</translation>
    </message>
    <message>
        <source>Cannot save the sale: %1</source>
        <translation>Det gick inte att spara köpet: %1</translation>
    </message>
    <message>
        <source>Sale %1 does not exist.</source>
        <translation>Köp %1 finns inte.</translation>
    </message>
    <message>
        <source>Sale %1 is %2 and cannot become %3.</source>
        <translation>Köp %1 är %2 och kan inte bli %3.</translation>
    </message>
    <message>
        <source>Cannot save the change to sale %1: %2</source>
        <translation>Det gick inte att spara ändringen av köp %1: %2</translation>
    </message>
    <message>
        <source>Cannot save the customer's details: %1</source>
        <translation>Det gick inte att spara kundens uppgifter: %1</translation>
    </message>
    <message>
        <source>Sale %1 is %2; there is nothing left to pay.</source>
        <translation>Köp %1 är %2; det finns inget kvar att betala.</translation>
    </message>
    <message>
        <source>Choose SMS, e-mail or both.</source>
        <translation>Välj sms, e-post eller båda.</translation>
    </message>
    <message>
        <source>Enter the customer's mobile number to send an SMS.</source>
        <translation>Ange kundens mobilnummer för att skicka ett sms.</translation>
    </message>
    <message>
        <source>Enter the customer's e-mail address to send an e-mail.</source>
        <translation>Ange kundens e-postadress för att skicka ett e-brev.</translation>
    </message>
</context>
<context>
    <name>SaleState</name>
    <message>
        <source>Waiting for network</source>
        <translation>Väntar på nätverk</translation>
    </message>
    <message>
        <source>Creating payment link</source>
        <translation>Skapar betallänk</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Väntar på betalning</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
    <message>
        <source>Paid in cash</source>
        <translation>Betald kontant</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Förfallen</translation>
    </message>
    <message>
        <source>Refused by the payment service</source>
        <translation>Nekad av betaltjänsten</translation>
    </message>
</context>
<context>
    <name>SellView</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>Ta &amp;bort rad</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Varukorg</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Create the payment and show its QR code (F12)</source>
        <translation>Skapa betalningen och visa dess QR-kod (F12)</translation>
    </message>
    <message>
        <source>Undo the last change to the cart (%1)</source>
        <translation>Ångra den senaste ändringen i varukorgen (%1)</translation>
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation>Ta bort den markerade raden (Delete)</translation>
    </message>
    <message>
        <source>Add %1 (%2)</source>
        <translation>Lägg till %1 (%2)</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Summa %1</translation>
    </message>
    <message>
        <source>VAT %1 %: %2</source>
        <translation>Moms %1 %: %2</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Ta betalt</translation>
    </message>
    <message>
        <source>Charge %1</source>
        <translation>Ta betalt %1</translation>
    </message>
</context>
<context>
    <name>Till</name>
    <message>
        <source>Cannot create the data folder %1. Choose a folder you can write to with --data-dir.</source>
        <translation>Det gick inte att skapa datamappen %1. Välj en mapp du kan skriva i med --data-dir.</translation>
    </message>
    <message>
        <source>Stallpay is already running with the data folder %1 (process %2). Switch to that window, or start with another --data-dir.</source>
        <translation>Stallpay körs redan med datamappen %1 (process %2). Byt till det fönstret, eller starta med en annan --data-dir.</translation>
    </message>
    <message>
        <source>Cannot start the built-in demo payment service: %1</source>
        <translation>Det gick inte att starta den inbyggda demobetaltjänsten: %1</translation>
    </message>
    <message>
        <source>Cannot read the test account of the payment service at %1: %2</source>
        <translation>Det gick inte att läsa testkontot hos betaltjänsten på %1: %2</translation>
    </message>
</context>
<context>
    <name>TodaySalesModel</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
</TS>