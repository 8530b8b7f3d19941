<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AmountPad</name>
    <message>
        <source>Add amount</source>
        <translation>Lägg till belopp</translation>
    </message>
    <message>
        <source>Amount or barcode</source>
        <translation>Belopp eller streckkod</translation>
    </message>
    <message>
        <source>Type an amount in kronor and press Enter to add it; a scanned barcode adds its product</source>
        <translation>Skriv ett belopp i kronor och tryck Enter för att lägga till det; en skannad streckkod lägger till sin vara</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Radera sista siffran</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Livsmedel</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Add the amount to the cart (Enter)</source>
        <translation>Lägg beloppet i varukorgen (Enter)</translation>
    </message>
    <message>
        <source>Most goods</source>
        <translation>De flesta varor</translation>
    </message>
    <message>
        <source>Restaurant, hotel</source>
        <translation>Restaurang, hotell</translation>
    </message>
    <message>
        <source>Books, transport</source>
        <translation>Böcker, resor</translation>
    </message>
    <message>
        <source>No VAT</source>
        <translation>Momsfritt</translation>
    </message>
    <message>
        <source>VAT %1, %2</source>
        <translation>Moms %1, %2</translation>
    </message>
    <message>
        <source>VAT rate of the amount typed: %1 (%2)</source>
        <translation>Momssats för beloppet du skriver: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Säkerhetskopiera nu</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Återställ…</translation>
    </message>
    <message>
        <source>Backups of the sales database</source>
        <translation>Säkerhetskopior av försäljningsdatabasen</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gjord</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Försäljningar</translation>
    </message>
    <message>
        <source>A copy of the sales database now, beside the daily ones</source>
        <translation>En kopia av försäljningsdatabasen nu, utöver de dagliga</translation>
    </message>
    <message>
        <source>Put the chosen copy back; Stallpay asks first and then starts again</source>
        <translation>Lägg tillbaka den valda kopian; Stallpay frågar först och startar sedan om</translation>
    </message>
    <message>
        <source>A copy is made every day and before each update; the newest 14 are kept.</source>
        <translation>En kopia görs varje dag och före varje uppdatering; de 14 senaste sparas.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daglig</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>för hand</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>före en uppdatering</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>oläslig</translation>
    </message>
    <message>
        <source>No backup yet. The first one is made today.</source>
        <translation>Ingen säkerhetskopia än. Den första görs i dag.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Säkerhetskopierat till %1.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Återställa den här säkerhetskopian?</translation>
    </message>
    <message numerus="yes">
        <source>The sales database goes back to the copy from %1, with %n sale(s). Sales made after it are not in the copy; the current file is kept in the backups folder (%2), so nothing is thrown away. Numbering goes on after the highest number this till has used, so no receipt or invoice number comes twice. Stallpay closes and starts again to put the copy in place.</source>
        <translation>
            <numerusform>Försäljningsdatabasen går tillbaka till kopian från %1, med %n försäljning. Försäljningar gjorda efter den finns inte i kopian; den nuvarande filen sparas i mappen för säkerhetskopior (%2), så inget kastas bort. Numreringen fortsätter efter det högsta nummer kassan har använt, så inget kvitto- eller fakturanummer kommer två gånger. Stallpay stängs och startar om för att lägga kopian på plats.</numerusform>
            <numerusform>Försäljningsdatabasen går tillbaka till kopian från %1, med %n försäljningar. Försäljningar gjorda efter den finns inte i kopian; den nuvarande filen sparas i mappen för säkerhetskopior (%2), så inget kastas bort. Numreringen fortsätter efter det högsta nummer kassan har använt, så inget kvitto- eller fakturanummer kommer två gånger. Stallpay stängs och startar om för att lägga kopian på plats.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore and start again</source>
        <translation>&amp;Återställ och starta om</translation>
    </message>
    <message>
        <source>&amp;Keep the current database</source>
        <translation>&amp;Behåll den nuvarande databasen</translation>
    </message>
    <message>
        <source>Stallpay starts again with the backup…</source>
        <translation>Stallpay startar om med säkerhetskopian…</translation>
    </message>
</context>
<context>
    <name>BuyerCheck</name>
    <message>
        <source>Enter the buyer's name: the law wants it on the invoice.</source>
        <translation>Fyll i köparens namn: lagen kräver det på fakturan.</translation>
    </message>
    <message>
        <source>Enter the buyer's street address.</source>
        <translation>Fyll i köparens gatuadress.</translation>
    </message>
    <message>
        <source>Enter the buyer's town.</source>
        <translation>Fyll i köparens ort.</translation>
    </message>
    <message>
        <source>A Swedish postcode has five digits, e.g. 123 45.</source>
        <translation>Ett svenskt postnummer har fem siffror, t.ex. 123 45.</translation>
    </message>
    <message>
        <source>Enter the buyer's postcode, e.g. 123 45.</source>
        <translation>Fyll i köparens postnummer, t.ex. 123 45.</translation>
    </message>
</context>
<context>
    <name>CallbackReceiver</name>
    <message>
        <source>Cannot receive status callbacks on %1:%2.</source>
        <translation>Det går inte att ta emot statusanrop på %1:%2.</translation>
    </message>
</context>
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
    <name>CashChange</name>
    <message>
        <source>Cash &amp;given:</source>
        <translation>Kontant &amp;lämnat:</translation>
    </message>
    <message>
        <source>Cash given by the customer</source>
        <translation>Kontanter som kunden lämnar</translation>
    </message>
    <message>
        <source>Type what the customer hands over; the change is shown beside it</source>
        <translation>Skriv vad kunden lämnar; växeln visas bredvid</translation>
    </message>
    <message>
        <source>e.g. 200</source>
        <translation>t.ex. 200</translation>
    </message>
    <message>
        <source>Change to give back</source>
        <translation>Växel att ge tillbaka</translation>
    </message>
    <message>
        <source>Type an amount in kronor, such as 200</source>
        <translation>Skriv ett belopp i kronor, till exempel 200</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>%1 saknas</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Växel: %1</translation>
    </message>
</context>
<context>
    <name>CatalogCsv</name>
    <message>
        <source>The name is missing.</source>
        <translation>Namnet saknas.</translation>
    </message>
    <message>
        <source>The price is missing.</source>
        <translation>Priset saknas.</translation>
    </message>
    <message>
        <source>The price "%1" is not an amount in kronor such as 12,50.</source>
        <translation>Priset "%1" är inget belopp i kronor som 12,50.</translation>
    </message>
    <message>
        <source>The barcode "%1" must be 8 to 14 digits.</source>
        <translation>Streckkoden "%1" måste vara 8 till 14 siffror.</translation>
    </message>
    <message>
        <source>The barcode %1 is also on line %2.</source>
        <translation>Streckkoden %1 finns också på rad %2.</translation>
    </message>
    <message>
        <source>The colour "%1" is not a colour such as #f2b705.</source>
        <translation>Färgen "%1" är ingen färg som #f2b705.</translation>
    </message>
    <message>
        <source>The position "%1" is not a whole number from 0.</source>
        <translation>Positionen "%1" är inget heltal från 0.</translation>
    </message>
    <message>
        <source>The VAT "%1" is not one of 25, 12, 6, 0 or %2.</source>
        <translation>Momsen ”%1” är inte 25, 12, 6, 0 eller %2.</translation>
    </message>
    <message>
        <source>food</source>
        <translation>livsmedel</translation>
    </message>
    <message>
        <source>%1 cleared (was %2)</source>
        <translation>%1 borttagen (var %2)</translation>
    </message>
    <message>
        <source>%1 set to %2</source>
        <translation>%1 satt till %2</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>price</source>
        <translation>pris</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>moms</translation>
    </message>
    <message>
        <source>barcode</source>
        <translation>streckkod</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>färg</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kategori</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
    <name>CatalogView</name>
    <message>
        <source>&amp;New product</source>
        <translation>&amp;Ny vara</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importera CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportera CSV…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Streckkod</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Varor</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;amn:</translation>
    </message>
    <message>
        <source>&amp;Price incl. VAT:</source>
        <translation>&amp;Pris inkl. moms:</translation>
    </message>
    <message>
        <source>Price including VAT</source>
        <translation>Pris inklusive moms</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Food (%1 now)</source>
        <translation>Livsmedel (%1 nu)</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Momssats</translation>
    </message>
    <message>
        <source>&amp;VAT:</source>
        <translation>&amp;Moms:</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>Streck&amp;kod:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Färg:</translation>
    </message>
    <message>
        <source>Quick key colour</source>
        <translation>Snabbknappens färg</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Kat&amp;egori:</translation>
    </message>
    <message>
        <source>Position of the quick key</source>
        <translation>Snabbknappens position</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>P&amp;osition:</translation>
    </message>
    <message>
        <source>Clear the form for a new product (%1)</source>
        <translation>Töm formuläret för en ny vara (%1)</translation>
    </message>
    <message>
        <source>Save the product (%1)</source>
        <translation>Spara varan (%1)</translation>
    </message>
    <message>
        <source>Remove the product from the quick keys; sales keep their lines (press twice)</source>
        <translation>Ta bort varan från snabbknapparna; köpen behåller sina rader (tryck två gånger)</translation>
    </message>
    <message>
        <source>Add or update products from a CSV file, with a preview first</source>
        <translation>Lägg till eller uppdatera varor från en CSV-fil, med förhandsgranskning först</translation>
    </message>
    <message>
        <source>Save all products as a CSV file for a spreadsheet</source>
        <translation>Spara alla varor som en CSV-fil för ett kalkylprogram</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Importera varor</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>Exportera varor</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>%1 already has this barcode.</source>
        <translation>%1 har redan den här streckkoden.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparade %1.</translation>
    </message>
    <message>
        <source>Press again to delete</source>
        <translation>Tryck igen för att ta bort</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n product(s).</source>
        <translation>
            <numerusform>Importerade %n vara.</numerusform>
            <numerusform>Importerade %n varor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Det gick inte att spara %1: %2</translation>
    </message>
    <message>
        <source>#f2b705, or pick one below</source>
        <translation>#f2b705, eller välj en nedan</translation>
    </message>
    <message>
        <source>%1 is more than %2. Check the price; press Save again to keep it.</source>
        <translation>%1 är mer än %2. Kontrollera priset; tryck Spara igen för att behålla det.</translation>
    </message>
</context>
<context>
    <name>ColourChoice</name>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Annan…</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Röd</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gul</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grön</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Blågrön</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blå</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>Brun</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A key without a colour of its own</source>
        <translation>En snabbknapp utan egen färg</translation>
    </message>
    <message>
        <source>Choose any colour</source>
        <translation>Välj valfri färg</translation>
    </message>
    <message>
        <source>Colour of the quick key</source>
        <translation>Snabbknappens färg</translation>
    </message>
</context>
<context>
    <name>ColumnDocument</name>
    <message>
        <source>The printer does not take paper of %1 × %2 mm. Choose another printer or paper width in the settings.</source>
        <translation>Skrivaren tar inte papper på %1 × %2 mm. Välj en annan skrivare eller pappersbredd i inställningarna.</translation>
    </message>
    <message>
        <source>Cannot start printing. Check that the printer is switched on and connected.</source>
        <translation>Utskriften kunde inte starta. Kontrollera att skrivaren är påslagen och ansluten.</translation>
    </message>
    <message>
        <source>Printing failed part way. Check the printer and try again.</source>
        <translation>Utskriften avbröts halvvägs. Kontrollera skrivaren och försök igen.</translation>
    </message>
</context>
<context>
    <name>ConnectForm</name>
    <message>
        <source>Test c&amp;onnection</source>
        <translation>T&amp;esta anslutningen</translation>
    </message>
    <message>
        <source>Demo (built-in sandbox, no account)</source>
        <translation>Demo (inbyggd sandlåda, inget konto)</translation>
    </message>
    <message>
        <source>Ping sandbox (test account)</source>
        <translation>Pings sandlåda (testkonto)</translation>
    </message>
    <message>
        <source>Production (real payments)</source>
        <translation>Produktion (riktiga betalningar)</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>Egen adress</translation>
    </message>
    <message>
        <source>Payment service</source>
        <translation>Betaltjänst</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Miljö:</translation>
    </message>
    <message>
        <source>Custom &amp;address:</source>
        <translation>Egen &amp;adress:</translation>
    </message>
    <message>
        <source>Custom address of the payment service</source>
        <translation>Betaltjänstens egna adress</translation>
    </message>
    <message>
        <source>&amp;Tenant ID:</source>
        <translation>&amp;Tenant-ID:</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Tenant-ID</translation>
    </message>
    <message>
        <source>&amp;Merchant ID:</source>
        <translation>&amp;Handlar-ID:</translation>
    </message>
    <message>
        <source>Merchant ID</source>
        <translation>Handlar-ID</translation>
    </message>
    <message>
        <source>Split tree I&amp;D:</source>
        <translation>&amp;Delningsträd-ID:</translation>
    </message>
    <message>
        <source>Split tree ID</source>
        <translation>Delningsträd-ID</translation>
    </message>
    <message>
        <source>API se&amp;cret:</source>
        <translation>API-hem&amp;lighet:</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API-hemlighet</translation>
    </message>
    <message>
        <source>How Ping splits the money; from Ping Payments, if your account has one</source>
        <translation>Hur Ping delar upp pengarna; från Ping Payments, om ditt konto har ett</translation>
    </message>
    <message>
        <source>From Ping Payments, if your account has one</source>
        <translation>Från Ping Payments, om ditt konto har en</translation>
    </message>
    <message>
        <source>Result of the connection test</source>
        <translation>Resultat av anslutningstestet</translation>
    </message>
    <message>
        <source>Enter the ID that Ping Payments gave you with your account.</source>
        <translation>Ange ID:t som du fick av Ping Payments med ditt konto.</translation>
    </message>
    <message>
        <source>An ID from Ping Payments has 36 characters, like 123e4567-e89b-12d3-a456-426614174000; copy it again.</source>
        <translation>Ett ID från Ping Payments har 36 tecken, som 123e4567-e89b-12d3-a456-426614174000; kopiera det igen.</translation>
    </message>
    <message>
        <source>Enter the address of the payment service, e.g. https://pay.example.se.</source>
        <translation>Ange betaltjänstens adress, t.ex. https://pay.example.se.</translation>
    </message>
    <message>
        <source>Correct the fields marked in red first.</source>
        <translation>Rätta först fälten som är markerade med rött.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Frågar %1 …</translation>
    </message>
    <message>
        <source>Ask the payment service whether it knows these IDs (%1)</source>
        <translation>Fråga betaltjänsten om den känner till de här ID:na (%1)</translation>
    </message>
    <message>
        <source>Checkout addresses:</source>
        <translation>Betalsidornas adresser:</translation>
    </message>
    <message>
        <source>Addresses of the custom payment service's checkout pages</source>
        <translation>Adresser till den egna betaltjänstens betalsidor</translation>
    </message>
    <message>
        <source>Only if not on the address above, e.g. https://checkout.example.se</source>
        <translation>Bara om de inte ligger på adressen ovan, t.ex. https://checkout.example.se</translation>
    </message>
    <message>
        <source>A payment link whose checkout page is anywhere else is refused: no QR code is drawn and nothing is sent. Several addresses are separated by spaces.</source>
        <translation>En betallänk vars betalsida ligger någon annanstans avvisas: ingen QR-kod visas och inget skickas. Skilj flera adresser åt med mellanslag.</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>The tenant ID must look like 123e4567-e89b-12d3-a456-426614174000 (from Ping Payments).</source>
        <translation>Tenant-ID:t ska se ut som 123e4567-e89b-12d3-a456-426614174000 (från Ping Payments).</translation>
    </message>
    <message>
        <source>The merchant ID must look like 123e4567-e89b-12d3-a456-426614174000 (from Ping Payments).</source>
        <translation>Handlar-ID:t ska se ut som 123e4567-e89b-12d3-a456-426614174000 (från Ping Payments).</translation>
    </message>
    <message>
        <source>Connected to %1. The tenant and the merchant are known there.</source>
        <translation>Ansluten till %1. Tenant och handlare är kända där.</translation>
    </message>
    <message>
        <source>Connected to %1. The merchant is "%2".</source>
        <translation>Ansluten till %1. Handlaren är ”%2”.</translation>
    </message>
    <message>
        <source>%1 does not accept the API secret. Copy it again from Ping Payments.</source>
        <translation>%1 godtar inte API-hemligheten. Kopiera den igen från Ping Payments.</translation>
    </message>
    <message>
        <source>%1 does not know this tenant ID. Check it against the one Ping Payments gave you.</source>
        <translation>%1 känner inte till det här tenant-ID:t. Jämför med det du fick av Ping Payments.</translation>
    </message>
    <message>
        <source>The tenant has no merchant with this ID at %1. Check the merchant ID.</source>
        <translation>Tenanten har ingen handlare med det här ID:t hos %1. Kontrollera handlar-ID:t.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the address and that this computer is online.</source>
        <translation>Når inte %1: %2. Kontrollera adressen och att datorn är uppkopplad.</translation>
    </message>
    <message>
        <source>Connected to %1, but Ping has denied the merchant "%2". Contact Ping Payments.</source>
        <translation>Ansluten till %1, men Ping har nekat handlaren ”%2”. Kontakta Ping Payments.</translation>
    </message>
    <message>
        <source>Connected to %1, but the merchant "%2" is not yet approved by Ping. Payments work once Ping has approved it.</source>
        <translation>Ansluten till %1, men handlaren ”%2” är ännu inte godkänd av Ping. Betalningar fungerar när Ping har godkänt den.</translation>
    </message>
</context>
<context>
    <name>ContactValidator</name>
    <message>
        <source>Enter the customer's mobile number, e.g. 070-123 45 67.</source>
        <translation>Ange kundens mobilnummer, t.ex. 070-123 45 67.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces, dashes and a leading +.</source>
        <translation>Ett telefonnummer har bara siffror, mellanslag, bindestreck och ett inledande +.</translation>
    </message>
    <message>
        <source>The number is too short. A Swedish mobile number has 10 digits: 07x-xxx xx xx.</source>
        <translation>Numret är för kort. Ett svenskt mobilnummer har 10 siffror: 07x-xxx xx xx.</translation>
    </message>
    <message>
        <source>The number is too long. A Swedish mobile number has 10 digits: 07x-xxx xx xx.</source>
        <translation>Numret är för långt. Ett svenskt mobilnummer har 10 siffror: 07x-xxx xx xx.</translation>
    </message>
    <message>
        <source>This is not a phone number. Type it as 070-123 45 67 or +46 70 123 45 67.</source>
        <translation>Det här är inget telefonnummer. Skriv det som 070-123 45 67 eller +46 70 123 45 67.</translation>
    </message>
    <message>
        <source>No such number exists. Check the digits: a Swedish mobile number starts with 07.</source>
        <translation>Numret finns inte. Kontrollera siffrorna: ett svenskt mobilnummer börjar med 07.</translation>
    </message>
    <message>
        <source>The number has the wrong length. A Swedish mobile number has 10 digits: 07x-xxx xx xx.</source>
        <translation>Numret har fel längd. Ett svenskt mobilnummer har 10 siffror: 07x-xxx xx xx.</translation>
    </message>
    <message>
        <source>This is not a mobile number, so it cannot receive an SMS. Swedish mobile numbers start with 07.</source>
        <translation>Det här är inget mobilnummer och kan inte ta emot sms. Svenska mobilnummer börjar med 07.</translation>
    </message>
    <message>
        <source>Enter the customer's e-mail address, e.g. name@example.se.</source>
        <translation>Ange kundens e-postadress, t.ex. namn@exempel.se.</translation>
    </message>
    <message>
        <source>An e-mail address has no spaces.</source>
        <translation>En e-postadress har inga mellanslag.</translation>
    </message>
    <message>
        <source>An e-mail address has one @ with a name before it, e.g. name@example.se.</source>
        <translation>En e-postadress har ett @ med ett namn före, t.ex. namn@exempel.se.</translation>
    </message>
    <message>
        <source>The part after @ must be a domain such as example.se.</source>
        <translation>Delen efter @ måste vara en domän, t.ex. exempel.se.</translation>
    </message>
    <message>
        <source>The part before @ has characters an e-mail address cannot have.</source>
        <translation>Delen före @ har tecken som en e-postadress inte kan ha.</translation>
    </message>
    <message>
        <source>A Swedish mobile number has 10 digits (07x-xxx xx xx); this one has %1.</source>
        <translation>Ett svenskt mobilnummer har 10 siffror (07x-xxx xx xx); det här har %1.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The system keychain is not available.</source>
        <translation>Systemets nyckelring är inte tillgänglig.</translation>
    </message>
    <message>
        <source>Cannot save to the system keychain.</source>
        <translation>Det gick inte att spara i systemets nyckelring.</translation>
    </message>
</context>
<context>
    <name>CsvFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>The file is in UTF-16 (little-endian), which Stallpay does not read. Save it as "CSV UTF-8" (in Excel: Save as → CSV UTF-8) and import it again.</source>
        <translation>Filen är i UTF-16 (little-endian), som Stallpay inte läser. Spara den som "CSV UTF-8" (i Excel: Spara som → CSV UTF-8) och importera den igen.</translation>
    </message>
    <message>
        <source>The file is in UTF-16 (big-endian), which Stallpay does not read. Save it as "CSV UTF-8" (in Excel: Save as → CSV UTF-8) and import it again.</source>
        <translation>Filen är i UTF-16 (big-endian), som Stallpay inte läser. Spara den som "CSV UTF-8" (i Excel: Spara som → CSV UTF-8) och importera den igen.</translation>
    </message>
    <message>
        <source>The file is not in UTF-8; it was read as %1 (what Swedish Excel saves). If letters such as å, ä and ö look wrong, save the file as "CSV UTF-8" and import it again.</source>
        <translation>Filen är inte i UTF-8; den lästes som %1 (det som svenska Excel sparar). Om bokstäver som å, ä och ö ser fel ut, spara filen som "CSV UTF-8" och importera den igen.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import products — %1</source>
        <translation>Importera varor — %1</translation>
    </message>
    <message>
        <source>Lines of the file</source>
        <translation>Filens rader</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) ready to import.</source>
        <translation>
            <numerusform>%n rad klar att importera.</numerusform>
            <numerusform>%n rader klara att importera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) ready to import; </source>
        <translation>
            <numerusform>%n rad klar att importera; </numerusform>
            <numerusform>%n rader klara att importera; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with errors will be skipped. Fix them in the file and import it again.</source>
        <translation>
            <numerusform>%n rad med fel hoppas över. Rätta den i filen och importera igen.</numerusform>
            <numerusform>%n rader med fel hoppas över. Rätta dem i filen och importera igen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n product(s)</source>
        <translation>
            <numerusform>&amp;Importera %n vara</numerusform>
            <numerusform>&amp;Importera %n varor</numerusform>
        </translation>
    </message>
    <message>
        <source>A line with the name or barcode of a product updates it. An empty cell keeps what the product has; a cell with just %1 clears it.</source>
        <translation>En rad med en varas namn eller streckkod uppdaterar varan. En tom cell behåller det varan har; en cell med bara %1 tömmer fältet.</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Läser filen</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Läser filen…</translation>
    </message>
</context>
<context>
    <name>CsvPreviewModel</name>
    <message>
        <source>New product</source>
        <translation>Ny produkt</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Ingen ändring</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>Ändringar: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Streckkod</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
</context>
<context>
    <name>CustomerScreen</name>
    <message>
        <source>Scan to pay with Swish or card</source>
        <translation>Skanna för att betala med Swish eller kort</translation>
    </message>
    <message>
        <source>The payment is being prepared…</source>
        <translation>Betalningen förbereds …</translation>
    </message>
    <message>
        <source>Stallpay — customer screen</source>
        <translation>Stallpay — kundskärm</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Välkommen!</translation>
    </message>
    <message>
        <source>Paid — thank you!</source>
        <translation>Betalt — tack!</translation>
    </message>
    <message>
        <source>F11: full screen on or off</source>
        <translation>F11: helskärm på eller av</translation>
    </message>
    <message>
        <source>Customer screen</source>
        <translation>Kundskärm</translation>
    </message>
    <message>
        <source>Show the payer's screen with the QR code, e.g. on a second screen (F10)</source>
        <translation>Visa betalarens skärm med QR-koden, t.ex. på en andra skärm (F10)</translation>
    </message>
    <message>
        <source>Payment declined — try again</source>
        <translation>Betalningen nekades — försök igen</translation>
    </message>
    <message>
        <source>Payment not completed — try again</source>
        <translation>Betalningen gick inte igenom — försök igen</translation>
    </message>
    <message>
        <source>Logo of %1</source>
        <translation>Logotyp för %1</translation>
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
    <message>
        <source>%1 is not a Stallpay sales database: %2. Stallpay has not changed it. Move the file away, or start Stallpay with another --data-dir.</source>
        <translation>%1 är inte en försäljningsdatabas från Stallpay: %2. Stallpay har inte ändrat den. Flytta filen, eller starta Stallpay med en annan --data-dir.</translation>
    </message>
    <message>
        <source>The sales database %1 is damaged (%2). Restore a backup of it, or give it to support; Stallpay has not changed it.</source>
        <translation>Försäljningsdatabasen %1 är skadad (%2). Återställ en säkerhetskopia av den, eller lämna den till supporten; Stallpay har inte ändrat den.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackups</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Kan inte skapa mappen för säkerhetskopior %1.</translation>
    </message>
    <message>
        <source>Cannot back up the sales database: %1</source>
        <translation>Kan inte säkerhetskopiera försäljningsdatabasen: %1</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: %2</source>
        <translation>Säkerhetskopian %1 kan inte användas: %2</translation>
    </message>
    <message>
        <source>it is not a Stallpay database this version can open</source>
        <translation>den är ingen Stallpay-databas som den här versionen kan öppna</translation>
    </message>
    <message>
        <source>Cannot move the current database aside: %1</source>
        <translation>Kan inte flytta undan den nuvarande databasen: %1</translation>
    </message>
    <message>
        <source>Cannot restore the backup: %1</source>
        <translation>Kan inte återställa säkerhetskopian: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>it belongs to another program (application id %1)</source>
        <translation>den tillhör ett annat program (program-id %1)</translation>
    </message>
    <message>
        <source>it has tables Stallpay did not make</source>
        <translation>den har tabeller som Stallpay inte har skapat</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>den är ingen SQLite-databas</translation>
    </message>
</context>
<context>
    <name>DayCsv</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Betalsätt</translation>
    </message>
    <message>
        <source>VAT rate (%)</source>
        <translation>Momssats (%)</translation>
    </message>
    <message>
        <source>Paid (gross)</source>
        <translation>Betalt (brutto)</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Unpaid (gross)</source>
        <translation>Obetalt (brutto)</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Vara</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Styckpris</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
</context>
<context>
    <name>DayReportRenderer</name>
    <message>
        <source>Day report %1</source>
        <translation>Dagsrapport %1</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <source>Day report</source>
        <translation>Dagsrapport</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Utskriven %1</translation>
    </message>
    <message>
        <source>Paid sales</source>
        <translation>Betalda köp</translation>
    </message>
    <message>
        <source>Takings incl. VAT</source>
        <translation>Försäljning inkl. moms</translation>
    </message>
    <message>
        <source>of which VAT</source>
        <translation>varav moms</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>Exkl. moms</translation>
    </message>
    <message>
        <source>VAT per rate</source>
        <translation>Moms per sats</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Momssats</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>Inkl. moms</translation>
    </message>
    <message>
        <source>No paid sales</source>
        <translation>Inga betalda köp</translation>
    </message>
    <message>
        <source>Per payment method</source>
        <translation>Per betalsätt</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Betalt med</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Köp</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Open sales, not paid yet</source>
        <translation>Öppna köp, ännu obetalda</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Obetalt belopp</translation>
    </message>
    <message>
        <source>Cancelled, expired or refused (not counted)</source>
        <translation>Avbrutna, utgångna eller nekade (räknas inte)</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returer</translation>
    </message>
    <message>
        <source>Refunded incl. VAT</source>
        <translation>Återbetalt inkl. moms</translation>
    </message>
    <message>
        <source>Refunded to</source>
        <translation>Återbetalt till</translation>
    </message>
</context>
<context>
    <name>DaySummaryView</name>
    <message>
        <source>VAT rate</source>
        <translation>Momssats</translation>
    </message>
    <message>
        <source>Sales incl. VAT</source>
        <translation>Försäljning inkl. moms</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>Exkl. moms</translation>
    </message>
    <message>
        <source>VAT per rate</source>
        <translation>Moms per sats</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Betalt med</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Köp</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Per payment method</source>
        <translation>Per betalsätt</translation>
    </message>
    <message>
        <source>&amp;Export the day's sales as CSV…</source>
        <translation>&amp;Exportera dagens köp som CSV…</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>The day shown; Page Up and Page Down change it</source>
        <translation>Dagen som visas; Page Up och Page Down byter dag</translation>
    </message>
    <message>
        <source>sales-%1.csv</source>
        <translation>forsaljning-%1.csv</translation>
    </message>
    <message>
        <source>Export the day's sales</source>
        <translation>Exportera dagens köp</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln paid sale(s), %1 in all, of which VAT %2</source>
        <translation>
            <numerusform>%Ln betalt köp, %1 totalt, varav moms %2</numerusform>
            <numerusform>%Ln betalda köp, %1 totalt, varav moms %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s) still open, %1 not paid yet</source>
        <translation>
            <numerusform>%Ln köp är fortfarande öppet, %1 inte betalt än</numerusform>
            <numerusform>%Ln köp är fortfarande öppna, %1 inte betalt än</numerusform>
        </translation>
    </message>
    <message>
        <source>No open sales.</source>
        <translation>Inga öppna köp.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled, expired or refused (not counted)</source>
        <translation>
            <numerusform>%Ln avbrutet, förfallet eller nekat (räknas inte)</numerusform>
            <numerusform>%Ln avbrutna, förfallna eller nekade (räknas inte)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Det gick inte att spara %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparade %1.</translation>
    </message>
    <message>
        <source>◀ Previous day</source>
        <translation>◀ Föregående dag</translation>
    </message>
    <message>
        <source>Next day ▶</source>
        <translation>Nästa dag ▶</translation>
    </message>
    <message>
        <source>The day before</source>
        <translation>Dagen före</translation>
    </message>
    <message>
        <source>The day after</source>
        <translation>Dagen efter</translation>
    </message>
    <message>
        <source>P&amp;rint</source>
        <translation>Skriv &amp;ut</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Spara som P&amp;DF…</translation>
    </message>
    <message>
        <source>Print the day report on the document printer chosen in the settings (Ctrl+P, Alt+R)</source>
        <translation>Skriv ut dagsrapporten på dokumentskrivaren som är vald i inställningarna (Ctrl+P, Alt+U)</translation>
    </message>
    <message>
        <source>Save the day report as a PDF file (Alt+D)</source>
        <translation>Spara dagsrapporten som en PDF-fil (Alt+D)</translation>
    </message>
    <message>
        <source>Returns incl. VAT</source>
        <translation>Returer inkl. moms</translation>
    </message>
    <message>
        <source>Returns: VAT per rate</source>
        <translation>Returer: moms per sats</translation>
    </message>
    <message>
        <source>Refunded to</source>
        <translation>Återbetalt till</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returer</translation>
    </message>
    <message>
        <source>Returns per payment method</source>
        <translation>Returer per betalsätt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln return(s), %1 refunded, of which VAT %2</source>
        <translation>
            <numerusform>%Ln retur, %1 återbetalt, varav moms %2</numerusform>
            <numerusform>%Ln returer, %1 återbetalt, varav moms %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Export sold &amp;items as CSV…</source>
        <translation>Exportera sålda &amp;varor som CSV…</translation>
    </message>
    <message>
        <source>One line per sale and VAT rate, with its status, for the bookkeeper</source>
        <translation>En rad per köp och momssats, med status, för bokföringen</translation>
    </message>
    <message>
        <source>One line per item of the paid sales: product, quantity, VAT rate and amount</source>
        <translation>En rad per vara i de betalda köpen: vara, antal, momssats och belopp</translation>
    </message>
    <message>
        <source>items-%1.csv</source>
        <translation>varor-%1.csv</translation>
    </message>
    <message>
        <source>Export the day's sold items</source>
        <translation>Exportera dagens sålda varor</translation>
    </message>
</context>
<context>
    <name>DocumentJobs</name>
    <message>
        <source>Ping makes an invoice only of a link that waits for payment; this one is %1.</source>
        <translation>Ping gör en faktura bara av en länk som väntar på betalning; den här är %1.</translation>
    </message>
    <message>
        <source>Cannot save Ping's PDF in %1: %2</source>
        <translation>Kan inte spara Pings PDF i %1: %2</translation>
    </message>
</context>
<context>
    <name>DocumentParts</name>
    <message>
        <source>Org. no. %1</source>
        <translation>Org.nr %1</translation>
    </message>
    <message>
        <source>VAT reg. no. %1</source>
        <translation>Momsreg.nr %1</translation>
    </message>
    <message>
        <source>KOPIA</source>
        <extracomment>The reprint mark a Swedish cash register must print (SKVFS 2014:9); keep it "KOPIA".</extracomment>
        <translation>KOPIA</translation>
    </message>
</context>
<context>
    <name>InvoiceCommand</name>
    <message>
        <source>stallpay invoice: give --csv FILE and --out DIR.</source>
        <translation>stallpay invoice: ange --csv FIL och --out MAPP.</translation>
    </message>
    <message>
        <source>stallpay invoice: %1: %2</source>
        <translation>stallpay invoice: %1: %2</translation>
    </message>
    <message>
        <source>stallpay invoice: cannot make the folder %1.</source>
        <translation>stallpay invoice: kan inte skapa mappen %1.</translation>
    </message>
    <message>
        <source>stallpay invoice: the law wants these seller details on an invoice, and they are missing: %1. Fill them in the settings or give them with --seller FILE.</source>
        <translation>stallpay invoice: lagen kräver de här uppgifterna om säljaren på en faktura, och de saknas: %1. Fyll i dem i inställningarna eller ange dem med --seller FIL.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>[%1/%2] %3: skipped, nothing invoiced</source>
        <translation>[%1/%2] %3: hoppades över, inget fakturerat</translation>
    </message>
    <message>
        <source>[%1/%2] %3: invoiced before, nothing new</source>
        <translation>[%1/%2] %3: fakturerad tidigare, inget nytt</translation>
    </message>
    <message>
        <source>line %1, reference: %2</source>
        <translation>rad %1, reference: %2</translation>
    </message>
    <message>
        <source>[%1/%2] %3: sale and invoice saved</source>
        <translation>[%1/%2] %3: försäljning och faktura sparade</translation>
    </message>
    <message>
        <source>stallpay invoice: the payment service: %1</source>
        <translation>stallpay invoice: betaltjänsten: %1</translation>
    </message>
    <message>
        <source>stallpay invoice: some payment links are not made yet; those invoices have no QR code. They are made when the till is online.</source>
        <translation>stallpay invoice: några betallänkar är inte skapade än; de fakturorna saknar QR-kod. Länkarna skapas när kassan är uppkopplad.</translation>
    </message>
</context>
<context>
    <name>InvoiceCsv</name>
    <message>
        <source>The file is empty. It needs a header row and a row per invoice line.</source>
        <translation>Filen är tom. Den behöver en rubrikrad och en rad per fakturarad.</translation>
    </message>
    <message>
        <source>The header row lacks the column(s) %1. The first row must name the columns: %2.</source>
        <translation>Rubrikraden saknar kolumnen/kolumnerna %1. Första raden ska namnge kolumnerna: %2.</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>rad %1, %2: %3</translation>
    </message>
    <message>
        <source>empty; give every invoice its own reference, the same on each of its lines</source>
        <translation>tom; ge varje faktura en egen referens, samma på alla dess rader</translation>
    </message>
    <message>
        <source>empty; say what was sold</source>
        <translation>tom; skriv vad som såldes</translation>
    </message>
    <message>
        <source>"%1" is not a whole number from 1 to 100000</source>
        <translation>"%1" är inte ett heltal från 1 till 100000</translation>
    </message>
    <message>
        <source>"%1" is not a price in kronor above zero, e.g. 125,00 or 125.00</source>
        <translation>"%1" är inte ett pris i kronor över noll, t.ex. 125,00 eller 125.00</translation>
    </message>
    <message>
        <source>"%1" is not a Swedish VAT rate; use 25, 12, 6 or 0</source>
        <translation>"%1" är ingen svensk momssats; använd 25, 12, 6 eller 0</translation>
    </message>
    <message>
        <source>"%1" is not a date as YYYY-MM-DD</source>
        <translation>"%1" är inte ett datum som ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>the reference %1 is used on line %2 for another buyer or delivery date</source>
        <translation>referensen %1 används på rad %2 för en annan köpare eller ett annat leveransdatum</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>kolumn %1</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>Simpli&amp;fied invoice (under 4,000 kr incl. VAT)</source>
        <translation>F&amp;örenklad faktura (under 4 000 kr inkl. moms)</translation>
    </message>
    <message>
        <source>&amp;Issue invoice</source>
        <translation>Skapa &amp;faktura</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint</source>
        <translation>Skriv &amp;ut</translation>
    </message>
    <message>
        <source>&amp;E-mail with PDF</source>
        <translation>&amp;E-posta med PDF</translation>
    </message>
    <message>
        <source>Send &amp;link by SMS/e-mail</source>
        <translation>Skicka &amp;länk via sms/e-post</translation>
    </message>
    <message>
        <source>Pa&amp;yment reminder…</source>
        <translation>På&amp;minnelse…</translation>
    </message>
    <message>
        <source>Invoice — sale %1</source>
        <translation>Faktura – försäljning %1</translation>
    </message>
    <message>
        <source>Sale %1 of %2, %3.</source>
        <translation>Försäljning %1 den %2, %3.</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Köpare</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>Gatua&amp;dress:</translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation>P&amp;ostnummer:</translation>
    </message>
    <message>
        <source>&amp;Town:</source>
        <translation>O&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Org. no. (business):</source>
        <translation>Or&amp;g.nr (företag):</translation>
    </message>
    <message>
        <source>&amp;VAT no. (business):</source>
        <translation>Mom&amp;sreg.nr (företag):</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-pos&amp;t:</translation>
    </message>
    <message>
        <source>Mo&amp;bile:</source>
        <translation>Mo&amp;bil:</translation>
    </message>
    <message>
        <source>123 45</source>
        <translation>123 45</translation>
    </message>
    <message>
        <source>556677-8899</source>
        <translation>556677-8899</translation>
    </message>
    <message>
        <source>SE556677889901</source>
        <translation>SE556677889901</translation>
    </message>
    <message>
        <source>name@example.se</source>
        <translation>namn@exempel.se</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Villkor</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>Language of the invoice</source>
        <translation>Fakturans språk</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Payment terms in days</source>
        <translation>Betalningsvillkor i dagar</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Leveransdatum</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Spr&amp;åk:</translation>
    </message>
    <message>
        <source>Days to p&amp;ay:</source>
        <translation>Betalnings&amp;villkor:</translation>
    </message>
    <message>
        <source>&amp;Delivery date:</source>
        <translation>Leveransd&amp;atum:</translation>
    </message>
    <message>
        <source>Check the marked fields.</source>
        <translation>Kontrollera de markerade fälten.</translation>
    </message>
    <message>
        <source>An invoice must name the seller in full. Fill in your %1 in the settings (F5), then issue it.</source>
        <translation>En faktura måste ange säljaren fullständigt. Fyll i %1 i inställningarna (F5) och skapa den sedan.</translation>
    </message>
    <message>
        <source>Invoice %1 issued, due %2. Save, print or send it.</source>
        <translation>Faktura %1 skapad, förfaller %2. Spara, skriv ut eller skicka den.</translation>
    </message>
    <message>
        <source>Save reminder as &amp;PDF…</source>
        <translation>Spara påminnelsen som &amp;PDF…</translation>
    </message>
    <message>
        <source>Reminder for invoice %1, to pay by %2: save, print or send it.</source>
        <translation>Påminnelse för faktura %1, att betala senast %2: spara, skriv ut eller skicka den.</translation>
    </message>
    <message>
        <source>Reminder for invoice %1: its new payment link is being made.</source>
        <translation>Påminnelse för faktura %1: dess nya betallänk skapas.</translation>
    </message>
    <message>
        <source>Invoice %1 is credited: the credit note is what is saved, printed and sent.</source>
        <translation>Faktura %1 är krediterad: det är kreditfakturan som sparas, skrivs ut och skickas.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Kan inte skapa mappen %1.</translation>
    </message>
    <message>
        <source>The invoice was issued without an e-mail address. Save it as PDF and send it yourself, or print it.</source>
        <translation>Fakturan skapades utan e-postadress. Spara den som PDF och skicka den själv, eller skriv ut den.</translation>
    </message>
    <message>
        <source>Credit note %1 from %2</source>
        <translation>Kreditfaktura %1 från %2</translation>
    </message>
    <message>
        <source>Reminder: invoice %1 from %2</source>
        <translation>Påminnelse: faktura %1 från %2</translation>
    </message>
    <message>
        <source>Invoice %1 from %2</source>
        <translation>Faktura %1 från %2</translation>
    </message>
    <message>
        <source>Hello,

attached is credit note %1 for invoice %2.
</source>
        <translation>Hej!

Här bifogas kreditfaktura %1 för faktura %2.
</translation>
    </message>
    <message>
        <source>Hello,

attached is invoice %1: %2 to pay by %3, OCR reference %4.
</source>
        <translation>Hej!

Här bifogas faktura %1: %2 att betala senast %3, OCR-nummer %4.
</translation>
    </message>
    <message>
        <source>You can also pay here: %1
</source>
        <translation>Du kan också betala här: %1
</translation>
    </message>
    <message>
        <source>%1 is in a new message to %2 in your mail program.</source>
        <translation>%1 ligger i ett nytt meddelande till %2 i ditt e-postprogram.</translation>
    </message>
    <message>
        <source>The payment link goes out by the payment service as soon as it is ready.</source>
        <translation>Betaltjänsten skickar betallänken så snart den är klar.</translation>
    </message>
</context>
<context>
    <name>InvoiceDocuments</name>
    <message>
        <source>Invoice %1 is not in this till's records.</source>
        <translation>Faktura %1 finns inte i den här kassans register.</translation>
    </message>
</context>
<context>
    <name>InvoiceRenderer</name>
    <message>
        <source>Credit note %1</source>
        <translation>Kreditfaktura %1</translation>
    </message>
    <message>
        <source>Reminder %1</source>
        <translation>Påminnelse %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Faktura %1</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Kreditfaktura</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>Betalningspåminnelse</translation>
    </message>
    <message>
        <source>Invoice (simplified)</source>
        <translation>Faktura (förenklad)</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Org. no. %1</source>
        <translation>Org.nr %1</translation>
    </message>
    <message>
        <source>VAT reg. no. %1</source>
        <translation>Momsreg.nr %1</translation>
    </message>
    <message>
        <source>Approved for F-tax</source>
        <translation>Godkänd för F-skatt</translation>
    </message>
    <message>
        <source>Credit note no. %1</source>
        <translation>Kreditfakturanr %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Credits invoice no. %1 of %2</source>
        <translation>Krediterar faktura nr %1 av %2</translation>
    </message>
    <message>
        <source>Delivery date: %1</source>
        <translation>Leveransdatum: %1</translation>
    </message>
    <message>
        <source>Invoice no. %1</source>
        <translation>Fakturanr %1</translation>
    </message>
    <message>
        <source>Invoice date: %1</source>
        <translation>Fakturadatum: %1</translation>
    </message>
    <message>
        <source>Due date: %1</source>
        <translation>Förfallodatum: %1</translation>
    </message>
    <message>
        <source>OCR reference: %1</source>
        <translation>OCR-nummer: %1</translation>
    </message>
    <message>
        <source>Reminder date: %1</source>
        <translation>Påminnelsedatum: %1</translation>
    </message>
    <message>
        <source>Sale no. %1</source>
        <translation>Försäljning nr %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betalning</translation>
    </message>
    <message>
        <source>Bankgiro: %1</source>
        <translation>Bankgiro: %1</translation>
    </message>
    <message>
        <source>Plusgiro: %1</source>
        <translation>Plusgiro: %1</translation>
    </message>
    <message>
        <source>Amount to pay: %1 SEK</source>
        <translation>Att betala: %1 kr</translation>
    </message>
    <message>
        <source>Invoice no. %1 of %2 was due on %3 and we have not received your payment. Please pay %4 SEK by %5 with the same OCR reference. If you have paid already, please disregard this reminder.</source>
        <translation>Faktura nr %1 av %2 förföll den %3 och vi har inte fått din betalning. Betala %4 kr senast %5 med samma OCR-nummer. Om du redan har betalat kan du bortse från den här påminnelsen.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>À-pris</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Momssats</translation>
    </message>
    <message>
        <source>Taxable amount</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <source>VAT amount</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>Inkl. moms</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>No VAT is charged on the lines at 0 %: they are exempt from VAT or outside its scope (mervärdesskattelagen 2023:200, chapter 10).</source>
        <translation>Ingen moms tas ut på raderna med 0 %: de är undantagna från skatteplikt eller ligger utanför momsens tillämpningsområde (mervärdesskattelagen 2023:200, 10 kap.).</translation>
    </message>
    <message>
        <source>Total credited (SEK)</source>
        <translation>Totalt krediterat (kr)</translation>
    </message>
    <message>
        <source>Total to pay (SEK)</source>
        <translation>Att betala (kr)</translation>
    </message>
    <message>
        <source>This credit note cancels invoice no. %1 of %2 in full. Nothing is to be paid.</source>
        <translation>Den här kreditfakturan makulerar faktura nr %1 av %2 i sin helhet. Inget ska betalas.</translation>
    </message>
    <message>
        <source>Payment terms: %1 days net. Please give the OCR reference when you pay.</source>
        <translation>Betalningsvillkor: %1 dagar netto. Ange OCR-numret när du betalar.</translation>
    </message>
    <message>
        <source>Interest on late payment is charged according to the Swedish Interest Act (räntelagen).</source>
        <translation>Vid försenad betalning debiteras dröjsmålsränta enligt räntelagen.</translation>
    </message>
    <message>
        <source>Interest on late payment: %1 % a year.</source>
        <translation>Dröjsmålsränta: %1 % per år.</translation>
    </message>
    <message>
        <source>Scan to pay</source>
        <translation>Skanna för att betala</translation>
    </message>
    <message>
        <source>This credit note credits invoice no. %1 of %2 in full: the amount paid is refunded (return receipt %3 of %4).</source>
        <translation>Den här kreditfakturan krediterar faktura nr %1 av %2 i sin helhet: det betalda beloppet återbetalas (returkvitto %3 av %4).</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>The payment service's link has no address we trust, so no QR code is drawn and nothing is sent.</source>
        <translation>Betaltjänstens länk har ingen adress vi litar på, så ingen QR-kod visas och inget skickas.</translation>
    </message>
    <message>
        <source>the last request may still be applied by the payment service; looking again before making a new link</source>
        <translation>den senaste förfrågan kan fortfarande utföras av betaltjänsten; vi tittar igen innan en ny länk skapas</translation>
    </message>
    <message>
        <source>The payment order has no completed payment to refund.</source>
        <translation>Betalordern har ingen genomförd betalning att återbetala.</translation>
    </message>
</context>
<context>
    <name>MailHandoff</name>
    <message>
        <source>No mail program could be started (%1). Save the invoice as PDF and attach it yourself.</source>
        <translation>Inget e-postprogram kunde startas (%1). Spara fakturan som PDF och bifoga den själv.</translation>
    </message>
    <message>
        <source>The mail program did not take the message (%1). Save the invoice as PDF and attach it yourself.</source>
        <translation>E-postprogrammet tog inte emot meddelandet (%1). Spara fakturan som PDF och bifoga den själv.</translation>
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
    <message>
        <source>Sales</source>
        <translation>Försäljning</translation>
    </message>
    <message>
        <source>All sales: search, status and actions (F2)</source>
        <translation>All försäljning: sök, status och åtgärder (F2)</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Products, prices and quick keys; CSV import and export (F3)</source>
        <translation>Varor, priser och snabbknappar; import och export av CSV (F3)</translation>
    </message>
    <message>
        <source>Day summary</source>
        <translation>Dagsöversikt</translation>
    </message>
    <message>
        <source>Today's or another day's takings, VAT per rate and open sales (F4)</source>
        <translation>Dagens eller en annan dags försäljning, moms per sats och öppna köp (F4)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Language, payment service, your business and invoice terms (F5)</source>
        <translation>Språk, betaltjänst, ditt företag och fakturavillkor (F5)</translation>
    </message>
    <message>
        <source>Close Stallpay?</source>
        <translation>Stänga Stallpay?</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) for the payment service are not done yet. They are kept and done when you start Stallpay again.</source>
        <translation>
            <numerusform>%n åtgärd mot betaltjänsten är inte gjord än. Den sparas och görs när du startar Stallpay igen.</numerusform>
            <numerusform>%n åtgärder mot betaltjänsten är inte gjorda än. De sparas och görs när du startar Stallpay igen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>&amp;Stäng ändå</translation>
    </message>
    <message>
        <source>&amp;Keep Stallpay open</source>
        <translation>&amp;Låt Stallpay vara öppet</translation>
    </message>
    <message>
        <source>✔ Sale %1 was paid: %2 — show</source>
        <translation>✔ Köp %1 har betalats: %2 — visa</translation>
    </message>
    <message>
        <source>The customer paid an earlier sale; click to see it in Sales</source>
        <translation>Kunden betalade ett tidigare köp; klicka för att se det under Köp</translation>
    </message>
    <message>
        <source>Not connected: the payment service does not answer</source>
        <translation>Inte ansluten: betaltjänsten svarar inte</translation>
    </message>
    <message>
        <source>Not connected: %1. Sales are kept and sent later.</source>
        <translation>Inte ansluten: %1. Köpen sparas och skickas senare.</translation>
    </message>
    <message>
        <source>The sales database is damaged</source>
        <translation>Försäljningsdatabasen är skadad</translation>
    </message>
    <message>
        <source>Restore the backup from %1 and start Stallpay again? Sales made after it are not in it; numbering goes on after the highest number this till has used. The damaged file is kept in the backups folder.</source>
        <translation>Återställa säkerhetskopian från %1 och starta om Stallpay? Försäljningar gjorda efter den finns inte med i den; numreringen fortsätter efter det högsta nummer som kassan har använt. Den skadade filen sparas i mappen med säkerhetskopior.</translation>
    </message>
    <message>
        <source>&amp;Restore and restart</source>
        <translation>&amp;Återställ och starta om</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Inte nu</translation>
    </message>
</context>
<context>
    <name>MethodSettings</name>
    <message>
        <source>Swish on the payer's phone (m-commerce)</source>
        <translation>Swish i betalarens telefon (m-handel)</translation>
    </message>
    <message>
        <source>Swish (e-commerce)</source>
        <translation>Swish (e-handel)</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation>%1 via %2</translation>
    </message>
    <message>
        <source>Vipps through %1</source>
        <translation>Vipps via %1</translation>
    </message>
    <message>
        <source>Invoice through %1</source>
        <translation>Faktura via %1</translation>
    </message>
    <message>
        <source>Payment methods offered in payment links</source>
        <translation>Betalsätt som betallänkarna erbjuder</translation>
    </message>
    <message>
        <source>Ping has not yet said which methods your account has; these are the usual ones.</source>
        <translation>Ping har ännu inte talat om vilka betalsätt ditt konto har; de här är de vanliga.</translation>
    </message>
    <message>
        <source>The methods your Ping account has. A link offers the ticked ones, Swish if none.</source>
        <translation>Betalsätten som ditt Ping-konto har. En länk erbjuder de markerade, Swish om inget är markerat.</translation>
    </message>
</context>
<context>
    <name>OrgNumber</name>
    <message>
        <source>An organisation number has 10 digits, e.g. 556677-8899.</source>
        <translation>Ett organisationsnummer har 10 siffror, t.ex. 556677-8899.</translation>
    </message>
    <message>
        <source>The last digit does not match: check the organisation number for a typing mistake.</source>
        <translation>Sista siffran stämmer inte: kontrollera organisationsnumret efter skrivfel.</translation>
    </message>
    <message>
        <source>A Swedish VAT number is SE, the 10 digits of the organisation number and 01, e.g. SE556677889901.</source>
        <translation>Ett svenskt momsregistreringsnummer är SE, organisationsnumrets 10 siffror och 01, t.ex. SE556677889901.</translation>
    </message>
    <message>
        <source>The organisation number in it is wrong: %1</source>
        <translation>Organisationsnumret i det är fel: %1</translation>
    </message>
</context>
<context>
    <name>PaidPanel</name>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
</context>
<context>
    <name>PaymentMethods</name>
    <message>
        <source>Swish</source>
        <translation>Swish</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Vipps</source>
        <translation>Vipps</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Paid with Swish</source>
        <translation>Betalt med Swish</translation>
    </message>
    <message>
        <source>Paid by card</source>
        <translation>Betalt med kort</translation>
    </message>
    <message>
        <source>Paid in cash</source>
        <translation>Betalt kontant</translation>
    </message>
    <message>
        <source>Paid by invoice</source>
        <translation>Betalt mot faktura</translation>
    </message>
    <message>
        <source>Paid with Vipps</source>
        <translation>Betalt med Vipps</translation>
    </message>
    <message>
        <source>Paid with %1</source>
        <translation>Betalt med %1</translation>
    </message>
</context>
<context>
    <name>PaymentProvider</name>
    <message>
        <source>The payment service does not offer this document.</source>
        <translation>Betaltjänsten erbjuder inte det här dokumentet.</translation>
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
    <message>
        <source>&amp;Send link…</source>
        <translation>&amp;Skicka länk…</translation>
    </message>
    <message>
        <source>Send the payment link to the customer by SMS or e-mail</source>
        <translation>Skicka betallänken till kunden med sms eller e-post</translation>
    </message>
    <message>
        <source>The customer paid in cash; the payment link is cancelled</source>
        <translation>Kunden betalade kontant; betallänken avbryts</translation>
    </message>
    <message>
        <source>Cancel the sale and its payment link</source>
        <translation>Avbryt köpet och dess betallänk</translation>
    </message>
    <message>
        <source>Ne&amp;w link</source>
        <translation>Ny &amp;länk</translation>
    </message>
    <message>
        <source>Cancel this payment link and show a new one for the same sale</source>
        <translation>Avbryt den här betallänken och visa en ny för samma köp</translation>
    </message>
    <message>
        <source>%1 The customer may scan and try again, or press New link for a new one.</source>
        <translation>%1 Kunden kan skanna och försöka igen, eller tryck på Ny länk för att få en ny.</translation>
    </message>
    <message>
        <source>Making a new payment link; its QR code appears as soon as it exists.</source>
        <translation>En ny betallänk skapas; dess QR-kod visas så snart den finns.</translation>
    </message>
    <message>
        <source>&amp;Print receipt</source>
        <translation>Skriv &amp;ut kvitto</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Ändra</translation>
    </message>
    <message>
        <source>Print the receipt on the receipt printer chosen in the settings; Ctrl+P prints too</source>
        <translation>Skriv ut kvittot på kvittoskrivaren som valts i inställningarna; Ctrl+P skriver också ut</translation>
    </message>
    <message>
        <source>Back to the cart with these items to change them; this link is cancelled</source>
        <translation>Tillbaka till varukorgen med de här varorna för att ändra dem; länken makuleras</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
</context>
<context>
    <name>PdfFilePrinter</name>
    <message>
        <source>The print system could not be started (%1). Show the document and print it from the viewer.</source>
        <translation>Utskriftssystemet kunde inte startas (%1). Visa dokumentet och skriv ut det från visaren.</translation>
    </message>
    <message>
        <source>The printer did not take the document (%1).</source>
        <translation>Skrivaren tog inte emot dokumentet (%1).</translation>
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
    <message>
        <source>"%1" is not a checkout address Stallpay can trust: write each as https://host (plain http only on this computer), separated by spaces.</source>
        <translation>"%1" är ingen betalsidesadress som Stallpay kan lita på: skriv var och en som https://värd (vanlig http bara på den här datorn), åtskilda av mellanslag.</translation>
    </message>
</context>
<context>
    <name>PingDocumentsDialog</name>
    <message>
        <source>Ping's documents — sale %1</source>
        <translation>Pings dokument — köp %1</translation>
    </message>
    <message>
        <source>Ping, the payment service, makes its own invoice of the payment link (with its own OCR reference) and a receipt once it is paid. Stallpay fetches them and keeps a copy in the data folder.</source>
        <translation>Ping, betaltjänsten, gör en egen faktura av betallänken (med en egen OCR-referens) och ett kvitto när den är betald. Stallpay hämtar dem och sparar en kopia i datamappen.</translation>
    </message>
    <message>
        <source>Ping receipt</source>
        <translation>Pings kvitto</translation>
    </message>
    <message>
        <source>Ping invoice</source>
        <translation>Pings faktura</translation>
    </message>
    <message>
        <source>Get Ping &amp;receipt</source>
        <translation>Hämta Pings &amp;kvitto</translation>
    </message>
    <message>
        <source>Get Ping &amp;invoice</source>
        <translation>Hämta Pings &amp;faktura</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <source>Ask Ping for the receipt of the paid payment link</source>
        <translation>Be Ping om kvittot för den betalda betallänken</translation>
    </message>
    <message>
        <source>Ask Ping to make an invoice of this payment link, with an OCR reference</source>
        <translation>Be Ping göra en faktura av den här betallänken, med en OCR-referens</translation>
    </message>
    <message>
        <source>Ping receipt %1</source>
        <translation>Pings kvitto %1</translation>
    </message>
    <message>
        <source>Ping invoice %1</source>
        <translation>Pings faktura %1</translation>
    </message>
    <message>
        <source>Fetched %1.</source>
        <translation>Hämtat %1.</translation>
    </message>
    <message>
        <source>Fetched %1. Ping's OCR reference: %2</source>
        <translation>Hämtad %1. Pings OCR-referens: %2</translation>
    </message>
    <message>
        <source>Being fetched: waiting for the payment service.</source>
        <translation>Hämtas: väntar på betaltjänsten.</translation>
    </message>
    <message>
        <source>Being fetched; the last try said: %1</source>
        <translation>Hämtas; senaste försöket gav: %1</translation>
    </message>
    <message>
        <source>The payment link is paid: Ping has a receipt of it.</source>
        <translation>Betallänken är betald: Ping har ett kvitto för den.</translation>
    </message>
    <message>
        <source>Ping can make an invoice of the payment link while it waits for payment.</source>
        <translation>Ping kan göra en faktura av betallänken medan den väntar på betalning.</translation>
    </message>
    <message>
        <source>Ping's receipt is there once the payment link is paid.</source>
        <translation>Pings kvitto finns när betallänken är betald.</translation>
    </message>
    <message>
        <source>Ping makes its invoice only of a payment link that waits for payment.</source>
        <translation>Ping gör sin faktura bara av en betallänk som väntar på betalning.</translation>
    </message>
    <message>
        <source>Ping's receipt is being fetched; it is here as soon as the payment service answers.</source>
        <translation>Pings kvitto hämtas; det finns här så snart betaltjänsten svarar.</translation>
    </message>
    <message>
        <source>Ping's invoice is being made; it is here as soon as the payment service answers.</source>
        <translation>Pings faktura görs; den finns här så snart betaltjänsten svarar.</translation>
    </message>
    <message>
        <source>No program to show PDF files could be started. Save the document and open it yourself.</source>
        <translation>Inget program som visar PDF-filer kunde startas. Spara dokumentet och öppna det själv.</translation>
    </message>
    <message>
        <source>%1 is open in the PDF viewer.</source>
        <translation>%1 är öppen i PDF-visaren.</translation>
    </message>
    <message>
        <source>%1 sent to the default printer.</source>
        <translation>%1 skickad till standardskrivaren.</translation>
    </message>
    <message>
        <source>%1 sent to %2.</source>
        <translation>%1 skickad till %2.</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>Spara %1 som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save %1: choose a folder you can write to.</source>
        <translation>Kan inte spara %1: välj en mapp som du kan skriva i.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparade %1.</translation>
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
    <message>
        <source>The document's address is not HTTPS: %1</source>
        <translation>Dokumentets adress är inte HTTPS: %1</translation>
    </message>
    <message>
        <source>the PDF did not arrive whole</source>
        <translation>PDF-filen kom inte fram hel</translation>
    </message>
    <message>
        <source>an answer without the new order's id</source>
        <translation>ett svar utan den nya betalorderns id</translation>
    </message>
    <message>
        <source>an answer without the new link's id or address</source>
        <translation>ett svar utan den nya länkens id eller adress</translation>
    </message>
    <message>
        <source>an answer without the document's address</source>
        <translation>ett svar utan dokumentets adress</translation>
    </message>
    <message>
        <source>the answer was larger than any answer of this request can be, and was cut off</source>
        <translation>svaret var större än något svar på den här förfrågan kan vara och klipptes av</translation>
    </message>
    <message>
        <source>the payment service's certificate is not trusted (%1)</source>
        <translation>betaltjänstens certifikat går inte att lita på (%1)</translation>
    </message>
    <message>
        <source>the answer sent us to another address (%1); Stallpay does not follow it with the account's credentials</source>
        <translation>svaret skickade oss till en annan adress (%1); Stallpay följer den inte med kontots inloggningsuppgifter</translation>
    </message>
    <message>
        <source>the answer was not from the payment service (%1 instead of JSON; a network's login page?)</source>
        <translation>svaret kom inte från betaltjänsten (%1 i stället för JSON; ett nätverks inloggningssida?)</translation>
    </message>
    <message>
        <source>The payment service returned an address we do not trust (%1), so no QR code is drawn and nothing is sent. Check the payment service's address in Settings.</source>
        <translation>Betaltjänsten gav en adress vi inte litar på (%1), så ingen QR-kod visas och inget skickas. Kontrollera betaltjänstens adress i Inställningar.</translation>
    </message>
    <message>
        <source>Not yet: %1.</source>
        <translation>Inte än: %1.</translation>
    </message>
</context>
<context>
    <name>PrintDocument</name>
    <message>
        <source>Cannot save %1: %2. Choose another folder or file name.</source>
        <translation>Det gick inte att spara %1: %2. Välj en annan mapp eller ett annat filnamn.</translation>
    </message>
</context>
<context>
    <name>PrinterSettings</name>
    <message>
        <source>Printers</source>
        <translation>Skrivare</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Kvittoskrivare</translation>
    </message>
    <message>
        <source>Where receipts are printed. "Ask each time" opens the print dialog, which can also save a PDF (Alt+C)</source>
        <translation>Där kvitton skrivs ut. ”Fråga varje gång” öppnar utskriftsdialogen, som också kan spara en PDF (Alt+K)</translation>
    </message>
    <message>
        <source>80 mm</source>
        <translation>80 mm</translation>
    </message>
    <message>
        <source>58 mm</source>
        <translation>58 mm</translation>
    </message>
    <message>
        <source>Receipt paper width</source>
        <translation>Kvittopapprets bredd</translation>
    </message>
    <message>
        <source>The width of the paper roll in the receipt printer (Alt+H)</source>
        <translation>Bredden på pappersrullen i kvittoskrivaren (Alt+E)</translation>
    </message>
    <message>
        <source>Document printer</source>
        <translation>Dokumentskrivare</translation>
    </message>
    <message>
        <source>Where day reports and invoices are printed, on A4 (Alt+U)</source>
        <translation>Där dagsrapporter och fakturor skrivs ut, på A4 (Alt+D)</translation>
    </message>
    <message>
        <source>No printer is installed; you can still save PDFs.</source>
        <translation>Ingen skrivare är installerad; du kan ändå spara PDF-filer.</translation>
    </message>
    <message>
        <source>Receipt paper widt&amp;h:</source>
        <translation>K&amp;vittorullens bredd:</translation>
    </message>
    <message>
        <source>Doc&amp;ument printer (A4):</source>
        <translation>Skrivare f&amp;ör dokument (A4):</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Fråga varje gång</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (inte installerad)</translation>
    </message>
    <message>
        <source>Printer &amp;for receipts:</source>
        <translation>&amp;Kvittoskrivare:</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The printer %1 is not available. Switch it on and connect it, or choose another printer in the settings (F5).</source>
        <translation>Skrivaren %1 är inte tillgänglig. Slå på den och anslut den, eller välj en annan skrivare i inställningarna (F5).</translation>
    </message>
    <message>
        <source>The printer %1 reported an error; %2 may not be printed. Check the printer and try again.</source>
        <translation>Skrivaren %1 rapporterade ett fel; %2 kanske inte skrevs ut. Kontrollera skrivaren och försök igen.</translation>
    </message>
    <message>
        <source>Sent %1 to %2.</source>
        <translation>Skickade %1 till %2.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparade %1.</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>Spara %1 som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Stallpay cannot start</source>
        <translation>Stallpay kan inte starta</translation>
    </message>
    <message>
        <source>Restore a backup?</source>
        <translation>Återställa en säkerhetskopia?</translation>
    </message>
    <message>
        <source>Restore the backup from %1? Sales made after it are not in it; numbering goes on after the highest number this till has used. The current file is kept in the backups folder.</source>
        <translation>Återställa säkerhetskopian från %1? Köp som gjorts efter den finns inte med; numreringen fortsätter efter det högsta nummer som den här kassan har använt. Den nuvarande filen sparas i mappen med säkerhetskopior.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till alla</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kasta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
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
    <name>QuickKeys</name>
    <message>
        <source>Product categories</source>
        <translation>Varukategorier</translation>
    </message>
    <message>
        <source>Categories: Ctrl+Tab for the next one</source>
        <translation>Kategorier: Ctrl+Tab för nästa</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Add %1 (%2)</source>
        <translation>Lägg till %1 (%2)</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Lägg till %1</translation>
    </message>
</context>
<context>
    <name>ReceiptRenderer</name>
    <message>
        <source>Receipt %1</source>
        <translation>Kvitto %1</translation>
    </message>
    <message>
        <source>Cancelled — nothing was paid</source>
        <translation>Avbrutet — inget betalades</translation>
    </message>
    <message>
        <source>Not paid: the payment link expired</source>
        <translation>Inte betalt: betallänken har gått ut</translation>
    </message>
    <message>
        <source>Not paid: the payment service refused the sale</source>
        <translation>Inte betalt: betaltjänsten avvisade köpet</translation>
    </message>
    <message>
        <source>Not paid yet</source>
        <translation>Inte betalt än</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>Moms %</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Scan the code with your phone to pay %1.</source>
        <translation>Skanna koden med mobilen för att betala %1.</translation>
    </message>
    <message>
        <source>The payment link is not ready yet; ask the seller to show or send it.</source>
        <translation>Betallänken är inte klar än; be säljaren visa eller skicka den.</translation>
    </message>
    <message>
        <source>Thank you for your purchase!</source>
        <translation>Tack för ditt köp!</translation>
    </message>
    <message>
        <source>Paid; a refund is under way</source>
        <translation>Betalt; en återbetalning pågår</translation>
    </message>
    <message>
        <source>Paid, then refunded (return receipt %1)</source>
        <translation>Betalt, sedan återbetalt (returkvitto %1)</translation>
    </message>
    <message>
        <source>Till %1</source>
        <translation>Kassa %1</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund sale %1</source>
        <translation>Återbetala köp %1</translation>
    </message>
    <message>
        <source>Give %1 back in cash; Stallpay records it and prints a return receipt.</source>
        <translation>Ge tillbaka %1 kontant; Stallpay bokför det och skriver ut ett returkvitto.</translation>
    </message>
    <message>
        <source>%1 goes back to the customer's %2 through the payment service, and a return receipt is printed.</source>
        <translation>%1 går tillbaka till kundens %2 via betaltjänsten, och ett returkvitto skrivs ut.</translation>
    </message>
    <message>
        <source>Refund the whole sale %1?</source>
        <translation>Återbetala hela köp %1?</translation>
    </message>
    <message>
        <source>Reason for the refund</source>
        <translation>Anledning till återbetalningen</translation>
    </message>
    <message>
        <source>Note on the return receipt</source>
        <translation>Anteckning på returkvittot</translation>
    </message>
    <message>
        <source>e.g. wrong size</source>
        <translation>t.ex. fel storlek</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Varför:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <source>&amp;Refund %1</source>
        <translation>&amp;Återbetala %1</translation>
    </message>
    <message>
        <source>&amp;Keep the sale</source>
        <translation>&amp;Behåll köpet</translation>
    </message>
</context>
<context>
    <name>ReturnReceiptRenderer</name>
    <message>
        <source>Return %1</source>
        <translation>Retur %1</translation>
    </message>
    <message>
        <source>Refunded to Swish</source>
        <translation>Återbetalt till Swish</translation>
    </message>
    <message>
        <source>Refunded to the card</source>
        <translation>Återbetalt till kortet</translation>
    </message>
    <message>
        <source>Refunded in cash</source>
        <translation>Återbetalt kontant</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Återbetalt</translation>
    </message>
    <message>
        <source>The customer asked for it</source>
        <translation>Kunden bad om det</translation>
    </message>
    <message>
        <source>Fraudulent payment</source>
        <translation>Bedräglig betalning</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Annan anledning</translation>
    </message>
    <message>
        <source>Returns receipt %1 of %2</source>
        <translation>Returnerar kvitto %1 från %2</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>Moms %</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Summa</translation>
    </message>
</context>
<context>
    <name>SaleActions</name>
    <message>
        <source>Press again: paid in cash</source>
        <translation>Tryck igen: betalt kontant</translation>
    </message>
    <message>
        <source>Press again to cancel</source>
        <translation>Tryck igen för att avbryta</translation>
    </message>
    <message>
        <source>Press again for a new link</source>
        <translation>Tryck igen för en ny länk</translation>
    </message>
    <message>
        <source>Press again to edit (the link is cancelled)</source>
        <translation>Tryck igen för att ändra (länken makuleras)</translation>
    </message>
    <message>
        <source>The cart is not empty: charge or clear it first, then edit this sale.</source>
        <translation>Varukorgen är inte tom: ta betalt eller töm den först, ändra sedan det här köpet.</translation>
    </message>
</context>
<context>
    <name>SaleCommands</name>
    <message>
        <source>The cart is empty. Add an item before charging.</source>
        <translation>Varukorgen är tom. Lägg till en vara innan du tar betalt.</translation>
    </message>
    <message>
        <source>The total must be more than zero to charge.</source>
        <translation>Summan måste vara större än noll för att ta betalt.</translation>
    </message>
    <message>
        <source>Sale %1 does not exist.</source>
        <translation>Köp %1 finns inte.</translation>
    </message>
    <message>
        <source>Sale %1 is %2; only a sale waiting for payment can get a new link.</source>
        <translation>Köp %1 har status %2; bara ett köp som väntar på betalning kan få en ny länk.</translation>
    </message>
    <message>
        <source>Sale %1 is %2 and can no longer be edited.</source>
        <translation>Köp %1 är %2 och kan inte längre ändras.</translation>
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
    <message>
        <source>Sale %1 is invoiced already (invoice %2).</source>
        <translation>Försäljning %1 är redan fakturerad (faktura %2).</translation>
    </message>
    <message>
        <source>Sale %1 is %2; only an unpaid sale can be invoiced.</source>
        <translation>Försäljning %1 är %2; bara en obetald försäljning kan faktureras.</translation>
    </message>
    <message>
        <source>Sale %1 has no invoice to remind of.</source>
        <translation>Försäljning %1 har ingen faktura att påminna om.</translation>
    </message>
    <message>
        <source>Invoice %1 is not overdue: only an unpaid invoice past its due date gets a reminder.</source>
        <translation>Faktura %1 har inte förfallit: bara en obetald faktura efter förfallodagen får en påminnelse.</translation>
    </message>
    <message>
        <source>The expired payment link's order is still being closed; make the reminder in a moment.</source>
        <translation>Den utgångna betallänkens order stängs fortfarande; gör påminnelsen om en liten stund.</translation>
    </message>
    <message>
        <source>Choose why the sale is refunded.</source>
        <translation>Välj varför köpet återbetalas.</translation>
    </message>
    <message>
        <source>Sale %1 is %2; only a paid sale can be refunded.</source>
        <translation>Köp %1 är %2; bara ett betalt köp kan återbetalas.</translation>
    </message>
    <message>
        <source>Sale %1 is %2; Ping's receipt is there once the payment link is paid.</source>
        <translation>Köp %1 är %2; Pings kvitto finns när betallänken är betald.</translation>
    </message>
    <message>
        <source>Sale %1 is %2; Ping's invoice is made of a payment link that waits for payment.</source>
        <translation>Köp %1 är %2; Ping gör sin faktura av en betallänk som väntar på betalning.</translation>
    </message>
    <message>
        <source>Ping's receipt of sale %1 is being fetched already.</source>
        <translation>Pings kvitto för köp %1 hämtas redan.</translation>
    </message>
    <message>
        <source>Ping's invoice of sale %1 is being made already.</source>
        <translation>Pings faktura för köp %1 görs redan.</translation>
    </message>
    <message>
        <source>Ping's receipt of sale %1 is here already.</source>
        <translation>Pings kvitto för köp %1 finns redan här.</translation>
    </message>
    <message>
        <source>Ping's invoice of sale %1 is here already.</source>
        <translation>Pings faktura för köp %1 finns redan här.</translation>
    </message>
</context>
<context>
    <name>SaleDetailView</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Payment service error: %1</source>
        <translation>Fel från betaltjänsten: %1</translation>
    </message>
    <message>
        <source>Payment service reports: %1</source>
        <translation>Betaltjänsten meddelar: %1</translation>
    </message>
    <message>
        <source>Payment service: %1 (%2)</source>
        <translation>Betaltjänsten: %1 (%2)</translation>
    </message>
    <message>
        <source>Payment service: %1</source>
        <translation>Betaltjänsten: %1</translation>
    </message>
    <message>
        <source>Show &amp;QR</source>
        <translation>Visa &amp;QR</translation>
    </message>
    <message>
        <source>S&amp;end link…</source>
        <translation>&amp;Skicka länk…</translation>
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
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Vara</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>Items of the sale</source>
        <translation>Köpets varor</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad som hände</translation>
    </message>
    <message>
        <source>Timeline of the sale</source>
        <translation>Köpets händelser</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Varor</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>Choose a sale in the list to see it here.</source>
        <translation>Välj ett köp i listan för att se det här.</translation>
    </message>
    <message>
        <source>Sale %1 — %2</source>
        <translation>Köp %1 — %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Sold %1</source>
        <translation>Sålt %1</translation>
    </message>
    <message>
        <source>Payment link: %1</source>
        <translation>Betallänk: %1</translation>
    </message>
    <message>
        <source>E-mail sent</source>
        <translation>E-post skickad</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Senaste problem: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>VAT %1 % on %2: %3</source>
        <translation>Moms %1 % på %2: %3</translation>
    </message>
    <message>
        <source>No customer details.</source>
        <translation>Inga kunduppgifter.</translation>
    </message>
    <message>
        <source>Ne&amp;w link</source>
        <translation>Ny &amp;länk</translation>
    </message>
    <message>
        <source>Payment problem</source>
        <translation>Betalningsproblem</translation>
    </message>
    <message>
        <source>Show the payment's QR code for the customer to scan</source>
        <translation>Visa betalningens QR-kod som kunden skannar</translation>
    </message>
    <message>
        <source>Send the payment link by SMS or e-mail</source>
        <translation>Skicka betallänken med sms eller e-post</translation>
    </message>
    <message>
        <source>The customer paid in cash; the payment link is cancelled</source>
        <translation>Kunden betalade kontant; betallänken avbryts</translation>
    </message>
    <message>
        <source>Cancel the sale and its payment link</source>
        <translation>Avbryt köpet och dess betallänk</translation>
    </message>
    <message>
        <source>Cancel this payment link and make a new one for the same sale, e.g. after a declined payment</source>
        <translation>Avbryt den här betallänken och gör en ny för samma köp, t.ex. efter en nekad betalning</translation>
    </message>
    <message>
        <source>A new payment link is being made; the old one is cancelled first.</source>
        <translation>En ny betallänk skapas; den gamla avbryts först.</translation>
    </message>
    <message>
        <source>%1 The customer may try again with the same link, or you can make a new link.</source>
        <translation>%1 Kunden kan försöka igen med samma länk, eller så kan du skapa en ny länk.</translation>
    </message>
    <message>
        <source>&amp;Print receipt</source>
        <translation>Skriv &amp;ut kvitto</translation>
    </message>
    <message>
        <source>Save receipt as P&amp;DF…</source>
        <translation>Spara kvitto som P&amp;DF…</translation>
    </message>
    <message>
        <source>Print the receipt on the receipt printer chosen in the settings; Ctrl+P prints too</source>
        <translation>Skriv ut kvittot på kvittoskrivaren som valts i inställningarna; Ctrl+P skriver också ut</translation>
    </message>
    <message>
        <source>Save the receipt as a PDF file</source>
        <translation>Spara kvittot som en PDF-fil</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Utskrift</translation>
    </message>
    <message>
        <source>Re&amp;fund sale…</source>
        <translation>Åter&amp;betala köpet…</translation>
    </message>
    <message>
        <source>Give the whole sale back: to Swish or the card, or in cash</source>
        <translation>Ge tillbaka hela köpet: till Swish eller kortet, eller kontant</translation>
    </message>
    <message>
        <source>&amp;Print return receipt</source>
        <translation>&amp;Skriv ut returkvitto</translation>
    </message>
    <message>
        <source>Save return receipt as P&amp;DF…</source>
        <translation>Spara returkvitto som P&amp;DF…</translation>
    </message>
    <message>
        <source>The refund was refused: %1</source>
        <translation>Återbetalningen avvisades: %1</translation>
    </message>
    <message>
        <source>Refunded %1 (%2), return receipt %3</source>
        <translation>Återbetalt %1 (%2), returkvitto %3</translation>
    </message>
    <message>
        <source>Payment attempt: %1</source>
        <translation>Betalningsförsök: %1</translation>
    </message>
    <message>
        <source>In&amp;voice…</source>
        <translation>&amp;Fakturera…</translation>
    </message>
    <message>
        <source>Invoice the customer for this unpaid sale, or save, print and send its invoice</source>
        <translation>Fakturera kunden för den här obetalda försäljningen, eller spara, skriv ut och skicka dess faktura</translation>
    </message>
    <message>
        <source>Edi&amp;t</source>
        <translation>&amp;Ändra</translation>
    </message>
    <message>
        <source>Back to the cart with these items to change them; this link is cancelled</source>
        <translation>Tillbaka till varukorgen med de här varorna för att ändra dem; länken makuleras</translation>
    </message>
    <message>
        <source>%1 (through %2)</source>
        <translation>%1 (via %2)</translation>
    </message>
    <message>
        <source>Pin&amp;g documents…</source>
        <translation>Pin&amp;gs dokument…</translation>
    </message>
    <message>
        <source>Ping's own invoice of the payment link, or its receipt once paid</source>
        <translation>Pings egen faktura för betallänken, eller dess kvitto när den är betald</translation>
    </message>
</context>
<context>
    <name>SaleEvents</name>
    <message>
        <source>Creating the payment order</source>
        <translation>Betalordern skapas</translation>
    </message>
    <message>
        <source>Creating the payment link</source>
        <translation>Betallänken skapas</translation>
    </message>
    <message>
        <source>Sending the payment link</source>
        <translation>Betallänken skickas</translation>
    </message>
    <message>
        <source>Cancelling the payment link</source>
        <translation>Betallänken avbryts</translation>
    </message>
    <message>
        <source>Closing the payment order</source>
        <translation>Betalordern stängs</translation>
    </message>
    <message>
        <source>Closing forgotten payment orders</source>
        <translation>Bortglömda betalordrar stängs</translation>
    </message>
    <message>
        <source>open for payment</source>
        <translation>öppen för betalning</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>betald</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>förfallen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbruten</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>inte skickat</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>skickat</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>sms</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>Sale %1 rung up: %2</source>
        <translation>Köp %1 slogs in: %2</translation>
    </message>
    <message>
        <source>A payment order came after the sale was settled; it is closed</source>
        <translation>En betalorder kom efter att köpet var avslutat; den stängs</translation>
    </message>
    <message>
        <source>A payment link came after the sale was settled; it is cancelled</source>
        <translation>En betallänk kom efter att köpet var avslutat; den avbryts</translation>
    </message>
    <message>
        <source>Payment order closed</source>
        <translation>Betalordern stängd</translation>
    </message>
    <message>
        <source>Payment link cancelled</source>
        <translation>Betallänken avbruten</translation>
    </message>
    <message>
        <source>%1, attempt %2: no clear answer; checked before trying again. %3</source>
        <translation>%1, försök %2: inget tydligt svar; kontrolleras innan nästa försök. %3</translation>
    </message>
    <message>
        <source>%1, attempt %2: %3</source>
        <translation>%1, försök %2: %3</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 – nekades: %2</translation>
    </message>
    <message>
        <source>The payment link is %1</source>
        <translation>Betallänken är %1</translation>
    </message>
    <message>
        <source>Cancelled by the seller</source>
        <translation>Avbrutet av säljaren</translation>
    </message>
    <message>
        <source>Paid in cash</source>
        <translation>Betalt kontant</translation>
    </message>
    <message>
        <source>Sending asked for: %1</source>
        <translation>Utskick begärt: %1</translation>
    </message>
    <message>
        <source>Payment link sent (SMS %1, e-mail %2)</source>
        <translation>Betallänken skickad (sms %1, e-post %2)</translation>
    </message>
    <message>
        <source>Delivery: SMS %1, e-mail %2</source>
        <translation>Leverans: sms %1, e-post %2</translation>
    </message>
    <message>
        <source>The payer paid before the link could be cancelled</source>
        <translation>Kunden betalade innan länken hann avbrytas</translation>
    </message>
    <message>
        <source>Not sent: the sale is %1</source>
        <translation>Inte skickat: köpet har status %1</translation>
    </message>
    <message>
        <source>No forgotten payment orders to close</source>
        <translation>Inga bortglömda betalordrar att stänga</translation>
    </message>
    <message>
        <source>Replacing the payment link</source>
        <translation>Betallänken byts ut</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>nekat</translation>
    </message>
    <message>
        <source>aborted by the payer</source>
        <translation>avbrutet av kunden</translation>
    </message>
    <message>
        <source>failed at the payment service</source>
        <translation>misslyckades hos betaltjänsten</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>genomfört</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tog för lång tid</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>The old payment link is cancelled; a new one is being made</source>
        <translation>Den gamla betallänken är avbruten; en ny görs</translation>
    </message>
    <message>
        <source>New payment link asked for; the old link is cancelled first</source>
        <translation>Ny betallänk begärd; den gamla länken avbryts först</translation>
    </message>
    <message>
        <source>A payment attempt: %1</source>
        <translation>Ett betalningsförsök: %1</translation>
    </message>
    <message>
        <source>No link made: the sale was already settled</source>
        <translation>Ingen länk gjord: köpet var redan avslutat</translation>
    </message>
    <message>
        <source>Refunding the payment</source>
        <translation>Återbetalar betalningen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stoppad</translation>
    </message>
    <message>
        <source>too little paid</source>
        <translation>för lite betalt</translation>
    </message>
    <message>
        <source>too much paid</source>
        <translation>för mycket betalt</translation>
    </message>
    <message>
        <source>money arrived, being checked</source>
        <translation>pengarna har kommit och kontrolleras</translation>
    </message>
    <message>
        <source>Refund asked for; the payment service refunds the whole sale</source>
        <translation>Återbetalning begärd; betaltjänsten återbetalar hela köpet</translation>
    </message>
    <message>
        <source>Refunded in cash</source>
        <translation>Återbetalt kontant</translation>
    </message>
    <message>
        <source>Refunded through the payment service</source>
        <translation>Återbetalt via betaltjänsten</translation>
    </message>
    <message>
        <source>Invoice %1 issued, due %2</source>
        <translation>Faktura %1 skapad, förfaller %2</translation>
    </message>
    <message>
        <source>Invoice %1 issued, due %2; a payment link due the same day replaces the old one</source>
        <translation>Faktura %1 skapad, förfaller %2; en betallänk som förfaller samma dag ersätter den gamla</translation>
    </message>
    <message>
        <source>Receipt printed</source>
        <translation>Kvitto utskrivet</translation>
    </message>
    <message>
        <source>Receipt saved as PDF</source>
        <translation>Kvitto sparat som PDF</translation>
    </message>
    <message>
        <source>Reminder for invoice %1, to pay by %2</source>
        <translation>Påminnelse för faktura %1, att betala senast %2</translation>
    </message>
    <message>
        <source>Reminder for invoice %1, to pay by %2, with a new payment link</source>
        <translation>Påminnelse för faktura %1, att betala senast %2, med en ny betallänk</translation>
    </message>
    <message>
        <source>Credit note %1 issued for invoice %2</source>
        <translation>Kreditfaktura %1 skapad för faktura %2</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Faktura %1</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>Kreditfaktura %1</translation>
    </message>
    <message>
        <source>Reminder for invoice %1</source>
        <translation>Påminnelse för faktura %1</translation>
    </message>
    <message>
        <source>%1 saved as PDF</source>
        <translation>%1 sparad som PDF</translation>
    </message>
    <message>
        <source>%1 printed</source>
        <translation>%1 utskriven</translation>
    </message>
    <message>
        <source>%1 handed to the mail program</source>
        <translation>%1 lämnad till e-postprogrammet</translation>
    </message>
    <message>
        <source>%1 sent by the payment service</source>
        <translation>%1 skickad av betaltjänsten</translation>
    </message>
    <message>
        <source>Payment order created</source>
        <translation>Betalorder skapad</translation>
    </message>
    <message>
        <source>Payment link created</source>
        <translation>Betallänk skapad</translation>
    </message>
    <message>
        <source>Reopened in the cart for editing; the payment link is cancelled</source>
        <translation>Öppnat i varukorgen för ändring; betallänken makuleras</translation>
    </message>
    <message numerus="yes">
        <source>%n forgotten payment order(s) closed</source>
        <translation>
            <numerusform>%n bortglömd betalorder stängd</numerusform>
            <numerusform>%n bortglömda betalordrar stängda</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching Ping's invoice</source>
        <translation>Hämtar Pings faktura</translation>
    </message>
    <message>
        <source>Fetching Ping's receipt</source>
        <translation>Hämtar Pings kvitto</translation>
    </message>
    <message>
        <source>Return receipt printed</source>
        <translation>Returkvitto utskrivet</translation>
    </message>
    <message>
        <source>Return receipt saved as PDF</source>
        <translation>Returkvitto sparat som PDF</translation>
    </message>
    <message>
        <source>Ping's invoice asked for</source>
        <translation>Pings faktura begärd</translation>
    </message>
    <message>
        <source>Ping's receipt asked for</source>
        <translation>Pings kvitto begärt</translation>
    </message>
    <message>
        <source>Ping's invoice fetched (OCR reference %1)</source>
        <translation>Pings faktura hämtad (OCR-referens %1)</translation>
    </message>
    <message>
        <source>Ping's receipt fetched</source>
        <translation>Pings kvitto hämtat</translation>
    </message>
    <message>
        <source>Ping's invoice shown</source>
        <translation>Pings faktura visad</translation>
    </message>
    <message>
        <source>Ping's receipt shown</source>
        <translation>Pings kvitto visat</translation>
    </message>
    <message>
        <source>Ping's invoice printed</source>
        <translation>Pings faktura utskriven</translation>
    </message>
    <message>
        <source>Ping's receipt printed</source>
        <translation>Pings kvitto utskrivet</translation>
    </message>
    <message>
        <source>Ping's invoice saved as PDF</source>
        <translation>Pings faktura sparad som PDF</translation>
    </message>
    <message>
        <source>Ping's receipt saved as PDF</source>
        <translation>Pings kvitto sparat som PDF</translation>
    </message>
    <message>
        <source>No document from Ping: the sale has no payment link</source>
        <translation>Inget dokument från Ping: köpet har ingen betallänk</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message numerus="yes">
        <source>%n forgotten payment order(s) of this till closed</source>
        <translation>
            <numerusform>%n bortglömd betalorder från den här kassan stängd</numerusform>
            <numerusform>%n bortglömda betalordrar från den här kassan stängda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra payment link(s) of this till cancelled</source>
        <translation>
            <numerusform>%n extra betallänk från den här kassan avbruten</numerusform>
            <numerusform>%n extra betallänkar från den här kassan avbrutna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment order(s) left open, as nothing proves this till made them (an open order without payments costs nothing)</source>
        <translation>
            <numerusform>%n betalorder lämnad öppen, eftersom inget visar att den här kassan skapade den (en öppen order utan betalningar kostar ingenting)</numerusform>
            <numerusform>%n betalordrar lämnade öppna, eftersom inget visar att den här kassan skapade dem (en öppen order utan betalningar kostar ingenting)</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal data removed after the retention period</source>
        <translation>Personuppgifter borttagna efter lagringstiden</translation>
    </message>
    <message>
        <source>Personal data removed after the retention period; the invoice keeps the buyer</source>
        <translation>Personuppgifter borttagna efter lagringstiden; fakturan behåller köparen</translation>
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
    <message>
        <source>The payment was declined.</source>
        <translation>Betalningen nekades.</translation>
    </message>
    <message>
        <source>The payer aborted the payment.</source>
        <translation>Betalaren avbröt betalningen.</translation>
    </message>
    <message>
        <source>The payment failed at the payment service.</source>
        <translation>Betalningen misslyckades hos betaltjänsten.</translation>
    </message>
    <message>
        <source>The payer is paying.</source>
        <translation>Betalaren håller på att betala.</translation>
    </message>
    <message>
        <source>The payment is complete.</source>
        <translation>Betalningen är klar.</translation>
    </message>
    <message>
        <source>The payment was stopped; no money was taken.</source>
        <translation>Betalningen stoppades; inga pengar drogs.</translation>
    </message>
    <message>
        <source>The payment timed out before the payer finished.</source>
        <translation>Betalningen tog för lång tid och avbröts innan betalaren var klar.</translation>
    </message>
    <message>
        <source>The payer paid too little; the payment service holds the money.</source>
        <translation>Betalaren betalade för lite; betaltjänsten håller pengarna.</translation>
    </message>
    <message>
        <source>The payer paid too much; the payment service holds the money.</source>
        <translation>Betalaren betalade för mycket; betaltjänsten håller pengarna.</translation>
    </message>
    <message>
        <source>The money has arrived and is being checked.</source>
        <translation>Pengarna har kommit och kontrolleras.</translation>
    </message>
    <message>
        <source>Refund under way</source>
        <translation>Återbetalning pågår</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Återbetalt</translation>
    </message>
    <message>
        <source>The payment was cancelled; no money was taken.</source>
        <translation>Betalningen avbröts; inga pengar drogs.</translation>
    </message>
    <message>
        <source>The payment's status is unknown.</source>
        <translation>Betalningens status är okänd.</translation>
    </message>
</context>
<context>
    <name>SaleWriter</name>
    <message>
        <source>Cannot save the invoice: %1</source>
        <translation>Kan inte spara fakturan: %1</translation>
    </message>
    <message>
        <source>Enter payment terms of 0 to 365 days.</source>
        <translation>Ange betalningsvillkor på 0 till 365 dagar.</translation>
    </message>
    <message>
        <source>A simplified invoice is only allowed under 4,000 kr incl. VAT; this sale is %1.</source>
        <translation>En förenklad faktura är bara tillåten under 4 000 kr inkl. moms; den här försäljningen är %1.</translation>
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
        <source>Sale %1 is %2; that cannot be done now.</source>
        <translation>Köp %1 är %2; det går inte att göra nu.</translation>
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
        <source>Cannot save the till's own job: %1</source>
        <translation>Kan inte spara kassans eget jobb: %1</translation>
    </message>
</context>
<context>
    <name>SalesHistoryModel</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Betalt med</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>SalesView</name>
    <message>
        <source>Search number, amount, customer or product</source>
        <translation>Sök nummer, belopp, kund eller vara</translation>
    </message>
    <message>
        <source>Search sales</source>
        <translation>Sök köp</translation>
    </message>
    <message>
        <source>Search by sale number, amount, customer or product (Ctrl+F)</source>
        <translation>Sök på köpnummer, belopp, kund eller vara (Ctrl+F)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Show only sales with this status</source>
        <translation>Visa bara köp med den här statusen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Betalsätt</translation>
    </message>
    <message>
        <source>Show only sales paid this way</source>
        <translation>Visa bara köp betalda på det här sättet</translation>
    </message>
    <message>
        <source>Any payment method</source>
        <translation>Alla betalsätt</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Show only sales of this period</source>
        <translation>Visa bara köp från den här perioden</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Alla datum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Igår</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Senaste 7 dagarna</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Den här månaden</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Valda datum</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Från datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Till datum</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Köp</translation>
    </message>
    <message>
        <source>Totals of the sales shown</source>
        <translation>Summa för de visade köpen</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Räknar…</translation>
    </message>
    <message>
        <source>The chosen sale</source>
        <translation>Det valda köpet</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>Förfallna fakturor</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sold, %1</source>
        <translation>
            <numerusform>%Ln sålt, %1</numerusform>
            <numerusform>%Ln sålda, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open, %1</source>
        <translation>
            <numerusform>%Ln öppet, %1</numerusform>
            <numerusform>%Ln öppna, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled or failed, %1 not sold</source>
        <translation>
            <numerusform>%Ln avbrutet eller misslyckat, %1 inte sålt</numerusform>
            <numerusform>%Ln avbrutna eller misslyckade, %1 inte sålt</numerusform>
        </translation>
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
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>VAT per rate</source>
        <translation>Moms per sats</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>En till</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>En mindre</translation>
    </message>
    <message>
        <source>No product has the barcode %1. Add it in the catalog first.</source>
        <translation>Ingen vara har streckkoden %1. Lägg först till den i katalogen.</translation>
    </message>
    <message>
        <source>Type an amount in kronor, such as 25 or 12,50.</source>
        <translation>Skriv ett belopp i kronor, t.ex. 25 eller 12,50.</translation>
    </message>
    <message>
        <source>Amount, VAT %1 %</source>
        <translation>Belopp, moms %1 %</translation>
    </message>
    <message>
        <source>One more of the selected line (+ in the cart, or %1)</source>
        <translation>En till av den markerade raden (+ i varukorgen, eller %1)</translation>
    </message>
    <message>
        <source>One less of the selected line (− in the cart, or %1)</source>
        <translation>En mindre av den markerade raden (− i varukorgen, eller %1)</translation>
    </message>
    <message>
        <source>&amp;Invoice customer…</source>
        <translation>&amp;Fakturera kund…</translation>
    </message>
    <message>
        <source>Ring up the cart as a sale on account and make the customer's invoice</source>
        <translation>Slå in varukorgen som en försäljning på faktura och skapa kundens faktura</translation>
    </message>
    <message>
        <source>The cart: + and − change the quantity of the selected line, Enter types it, Delete removes it</source>
        <translation>Varukorgen: + och − ändrar antalet på den valda raden, Enter skriver in det, Delete tar bort raden</translation>
    </message>
    <message>
        <source>A line holds at most %1 of an item; add another line for more.</source>
        <translation>En rad rymmer högst %1 av en vara; lägg till en rad till för fler.</translation>
    </message>
    <message>
        <source>This sale is %1, more than %2. Check the amounts; press Charge again to charge it.</source>
        <translation>Köpet är på %1, mer än %2. Kontrollera beloppen; tryck Ta betalt igen för att ta betalt.</translation>
    </message>
</context>
<context>
    <name>SellerFile</name>
    <message>
        <source>Cannot read the seller file %1.</source>
        <translation>Kan inte läsa säljarfilen %1.</translation>
    </message>
    <message>
        <source>%1 has no [seller] section with name, org_number, vat_number, street, zip, city.</source>
        <translation>%1 saknar avsnittet [seller] med name, org_number, vat_number, street, zip, city.</translation>
    </message>
    <message>
        <source>%1, org_number: %2</source>
        <translation>%1, org_number: %2</translation>
    </message>
    <message>
        <source>%1, vat_number: %2</source>
        <translation>%1, vat_number: %2</translation>
    </message>
    <message>
        <source>%1, bankgiro: "%2" is not a bankgiro number (7 or 8 digits with a check digit, e.g. 555-1239)</source>
        <translation>%1, bankgiro: "%2" är inget bankgironummer (7 eller 8 siffror med kontrollsiffra, t.ex. 555-1239)</translation>
    </message>
    <message>
        <source>%1, plusgiro: "%2" is not a plusgiro number</source>
        <translation>%1, plusgiro: "%2" är inget plusgironummer</translation>
    </message>
    <message>
        <source>%1, f_skatt: write true or false, not "%2"</source>
        <translation>%1, f_skatt: skriv true eller false, inte "%2"</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send payment link — sale %1</source>
        <translation>Skicka betallänk — köp %1</translation>
    </message>
    <message>
        <source>Sale %1, %2. Fill in a mobile number, an e-mail address or both; the link goes to each.</source>
        <translation>Köp %1, %2. Fyll i ett mobilnummer, en e-postadress eller båda; länken skickas till var och en.</translation>
    </message>
    <message>
        <source>070-123 45 67</source>
        <translation>070-123 45 67</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobilnummer</translation>
    </message>
    <message>
        <source>name@example.se</source>
        <translation>namn@exempel.se</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-postadress</translation>
    </message>
    <message>
        <source>Customer's name</source>
        <translation>Kundens namn</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>123 45</source>
        <translation>123 45</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>&amp;Mobile number:</source>
        <translation>&amp;Mobilnummer:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>Customer for the invoice (optional)</source>
        <translation>Kund på fakturan (frivilligt)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Gatuadress:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postnummer:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Skicka</translation>
    </message>
    <message>
        <source>Save the details and send the link (Enter)</source>
        <translation>Spara uppgifterna och skicka länken (Enter)</translation>
    </message>
    <message>
        <source>Fill in a mobile number or an e-mail address to send the link to.</source>
        <translation>Fyll i ett mobilnummer eller en e-postadress att skicka länken till.</translation>
    </message>
    <message>
        <source>A Swedish postcode has five digits, e.g. 123 45.</source>
        <translation>Ett svenskt postnummer har fem siffror, t.ex. 123 45.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The language of Stallpay; it changes at once</source>
        <translation>Stallpays språk; det byts direkt</translation>
    </message>
    <message>
        <source>Payment service</source>
        <translation>Betaltjänst</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Days to pay an invoice</source>
        <translation>Dagar att betala en faktura</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Spr&amp;åk:</translation>
    </message>
    <message>
        <source>Your business, for invoices</source>
        <translation>Ditt företag, för fakturor</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Företagets namn</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>Momsreg&amp;istreringsnummer:</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Momsregistreringsnummer</translation>
    </message>
    <message>
        <source>St&amp;reet:</source>
        <translation>&amp;Gatuadress:</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postnummer:</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>O&amp;rt:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>We&amp;bsite:</source>
        <translation>We&amp;bbplats:</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <source>Payments and invoices</source>
        <translation>Betalningar och fakturor</translation>
    </message>
    <message>
        <source>S&amp;wish message:</source>
        <translation>S&amp;wishmeddelande:</translation>
    </message>
    <message>
        <source>Swish message</source>
        <translation>Swishmeddelande</translation>
    </message>
    <message>
        <source>Save the settings (%1)</source>
        <translation>Spara inställningarna (%1)</translation>
    </message>
    <message>
        <source>The IDs are kept in the system keychain.</source>
        <translation>ID:na förvaras i systemets nyckelring.</translation>
    </message>
    <message>
        <source>The VAT number is not the one of organisation number %1.</source>
        <translation>Momsregistreringsnumret hör inte till organisationsnummer %1.</translation>
    </message>
    <message>
        <source>The name of the business is printed on every invoice; enter it.</source>
        <translation>Företagets namn skrivs på varje faktura; ange det.</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Inget sparades: rätta fälten som är markerade i rött.</translation>
    </message>
    <message>
        <source>Saved. The new payment service is used from the next start.</source>
        <translation>Sparat. Den nya betaltjänsten används från nästa start.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>The IDs are saved in the system keychain.</source>
        <translation>ID:na är sparade i systemets nyckelring.</translation>
    </message>
    <message>
        <source>Or&amp;ganisation number:</source>
        <translation>&amp;Organisationsnummer:</translation>
    </message>
    <message>
        <source>Days to pa&amp;y:</source>
        <translation>&amp;Förfallotid:</translation>
    </message>
    <message>
        <source>The IDs are used for this session only; Stallpay asks for them again at the next start.</source>
        <translation>ID:na används bara under den här sessionen; Stallpay frågar efter dem igen vid nästa start.</translation>
    </message>
    <message>
        <source>The IDs were not saved: %1 Stallpay never writes them to a plain file. Use them for this session only, start Stallpay in a desktop session with a keychain, or keep using the demo.</source>
        <translation>ID:na sparades inte: %1 Stallpay skriver dem aldrig till en vanlig fil. Använd dem bara under den här sessionen, starta Stallpay i en skrivbordssession med nyckelring, eller fortsätt med demon.</translation>
    </message>
    <message>
        <source>The IDs are in use for this session only; Stallpay asks for them again at the next start.</source>
        <translation>ID:na används nu, men bara under den här sessionen; Stallpay frågar efter dem igen vid nästa start.</translation>
    </message>
    <message>
        <source>The IDs are kept for this session only. The new payment service is used from the next start, where Stallpay asks for them again.</source>
        <translation>ID:na hålls bara under den här sessionen. Den nya betaltjänsten används från nästa start, då Stallpay frågar efter dem igen.</translation>
    </message>
    <message>
        <source>No keychain runs here: use the IDs until Stallpay closes, without saving them (%1)</source>
        <translation>Ingen nyckelring körs här: använd ID:na tills Stallpay stängs, utan att spara dem (%1)</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Spara inställningar</translation>
    </message>
    <message>
        <source>Like the rest of the computer</source>
        <translation>Som resten av datorn</translation>
    </message>
    <message>
        <source>Light, high contrast (for sunlight)</source>
        <translation>Ljust, hög kontrast (för solljus)</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Färgschema</translation>
    </message>
    <message>
        <source>Light or dark; it changes at once</source>
        <translation>Ljust eller mörkt; ändras direkt</translation>
    </message>
    <message>
        <source>Colour &amp;scheme:</source>
        <translation>Färg&amp;schema:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>&amp;Keep the IDs for this session only</source>
        <translation>Använd ID:na bara &amp;under den här sessionen</translation>
    </message>
    <message>
        <source>Stallpay cannot read a picture from this file. Enter the full path of a PNG or JPEG file, or leave the field empty for no logo.</source>
        <translation>Stallpay kan inte läsa någon bild från den här filen. Ange hela sökvägen till en PNG- eller JPEG-fil, eller lämna fältet tomt för ingen logotyp.</translation>
    </message>
    <message>
        <source>Logo file:</source>
        <translation>Logotypfil:</translation>
    </message>
    <message>
        <source>Logo file for the customer screen and invoices</source>
        <translation>Logotypfil för kundskärmen och fakturor</translation>
    </message>
    <message>
        <source>A PNG or JPEG picture, shown on the customer screen and invoices</source>
        <translation>En PNG- eller JPEG-bild som visas på kundskärmen och fakturor</translation>
    </message>
    <message>
        <source>Bankgiro:</source>
        <translation>Bankgiro:</translation>
    </message>
    <message>
        <source>Bankgiro number</source>
        <translation>Bankgironummer</translation>
    </message>
    <message>
        <source>Plusgiro:</source>
        <translation>Plusgiro:</translation>
    </message>
    <message>
        <source>Plusgiro number</source>
        <translation>Plusgironummer</translation>
    </message>
    <message>
        <source>Late interest (% a year):</source>
        <translation>Dröjsmålsränta (% per år):</translation>
    </message>
    <message>
        <source>Late payment interest</source>
        <translation>Dröjsmålsränta</translation>
    </message>
    <message>
        <source>Approved for F-ta&amp;x (printed on invoices)</source>
        <translation>Godkänd för F-skatt (skrivs på fakturor)</translation>
    </message>
    <message>
        <source>Invoices say the business is approved for F-tax</source>
        <translation>Fakturorna anger att företaget är godkänt för F-skatt</translation>
    </message>
    <message>
        <source>empty: the Interest Act's rate</source>
        <translation>tomt: räntelagens ränta</translation>
    </message>
    <message>
        <source>A bankgiro number has 7 or 8 digits, the last a check digit, e.g. 555-1239. Check it against your bank's papers.</source>
        <translation>Ett bankgironummer har 7 eller 8 siffror, den sista en kontrollsiffra, t.ex. 555-1239. Jämför med bankens papper.</translation>
    </message>
    <message>
        <source>A plusgiro number has 2 to 8 digits, the last a check digit, e.g. 12345-5.</source>
        <translation>Ett plusgironummer har 2 till 8 siffror, den sista en kontrollsiffra, t.ex. 12345-5.</translation>
    </message>
    <message>
        <source>Enter the interest as a percentage a year, e.g. 8 or 10,5; leave it empty for the Interest Act's rate.</source>
        <translation>Ange räntan i procent per år, t.ex. 8 eller 10,5; lämna tomt för räntelagens ränta.</translation>
    </message>
    <message>
        <source> kr</source>
        <translation> kr</translation>
    </message>
    <message>
        <source>Never ask</source>
        <translation>Fråga aldrig</translation>
    </message>
    <message>
        <source>Ask before charging more than this many kronor</source>
        <translation>Fråga innan du tar betalt för mer än så här många kronor</translation>
    </message>
    <message>
        <source>A sale or a product price above this is asked about once, against typing slips</source>
        <translation>Ett köp eller ett varupris över detta frågar en gång först, mot felslag</translation>
    </message>
    <message>
        <source>Ask before charging more than:</source>
        <translation>Fråga före köp över:</translation>
    </message>
    <message>
        <source>%1 The IDs can only be saved where a keychain runs (GNOME Keyring, KWallet), or used for this session only; the demo works without them.</source>
        <translation>%1 ID:na kan bara sparas där en nyckelring körs (GNOME Keyring, KWallet), eller användas bara under den här sessionen; demon fungerar utan dem.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> månader</translation>
    </message>
    <message>
        <source>Months to keep customers' contact details</source>
        <translation>Månader som kundernas kontaktuppgifter sparas</translation>
    </message>
    <message>
        <source>After this, a sale's phone number, e-mail, name and address are removed; amounts, VAT, numbers and issued invoices stay</source>
        <translation>Därefter tas en försäljnings telefonnummer, e-post, namn och adress bort; belopp, moms, nummer och utfärdade fakturor finns kvar</translation>
    </message>
    <message>
        <source>Keep customers' contact details:</source>
        <translation>Spara kundernas kontaktuppgifter:</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SmsDelivery</name>
    <message>
        <source>SMS on its way, not delivered yet</source>
        <translation>Sms på väg, inte levererat än</translation>
    </message>
    <message>
        <source>SMS delivered</source>
        <translation>Sms levererat</translation>
    </message>
    <message>
        <source>SMS could not be delivered</source>
        <translation>Sms kunde inte levereras</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>inte skickat</translation>
    </message>
    <message>
        <source>on its way</source>
        <translation>på väg</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>levererat</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>misslyckades</translation>
    </message>
    <message>
        <source>SMS status unknown</source>
        <translation>Sms-status okänd</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
</context>
<context>
    <name>StallDetails</name>
    <message>
        <source>business name</source>
        <translation>företagsnamn</translation>
    </message>
    <message>
        <source>street</source>
        <translation>gatuadress</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>postnummer</translation>
    </message>
    <message>
        <source>town</source>
        <translation>ort</translation>
    </message>
    <message>
        <source>organisation number</source>
        <translation>organisationsnummer</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>momsregistreringsnummer</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Stallpay cannot write to its database (%1), so it sends nothing to the payment service. Free some disk space or check the data folder; sending resumes by itself.</source>
        <translation>Stallpay kan inte skriva till sin databas (%1) och skickar därför inget till betaltjänsten. Frigör diskutrymme eller kontrollera datamappen; skickandet fortsätter av sig självt.</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message numerus="yes">
        <source>This is too long: at most %n character(s), and this has %1. Shorten it.</source>
        <translation>
            <numerusform>Det här är för långt: högst %n tecken, och det här har %1. Korta det.</numerusform>
            <numerusform>Det här är för långt: högst %n tecken, och det här har %1. Korta det.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is %1; at most %2 can be read. Split it into smaller files.</source>
        <translation>Filen är %1; högst %2 kan läsas. Dela upp den i mindre filer.</translation>
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
    <message>
        <source>Stallpay cannot write in the data folder %1: it is read-only. Make it writable, or start with another --data-dir.</source>
        <translation>Stallpay kan inte skriva i datamappen %1: den är skrivskyddad. Gör den skrivbar, eller starta med en annan --data-dir.</translation>
    </message>
    <message numerus="yes">
        <source>The sales database %1 is missing or empty, but this till has numbered %n sale(s). Starting again would give new sales numbers already used.</source>
        <translation>
            <numerusform>Försäljningsdatabasen %1 saknas eller är tom, men den här kassan har numrerat %n köp. Att börja om skulle ge nya köp nummer som redan använts.</numerusform>
            <numerusform>Försäljningsdatabasen %1 saknas eller är tom, men den här kassan har numrerat %n köp. Att börja om skulle ge nya köp nummer som redan använts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sales database %1 is older than this till's sales: it has numbered %n sale(s), the database knows fewer.</source>
        <translation>
            <numerusform>Försäljningsdatabasen %1 är äldre än kassans köp: kassan har numrerat %n köp, databasen känner till färre.</numerusform>
            <numerusform>Försäljningsdatabasen %1 är äldre än kassans köp: kassan har numrerat %n köp, databasen känner till färre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Put the right file back, or move the data folder away to start a new till.</source>
        <translation>Lägg tillbaka rätt fil, eller flytta datamappen för att börja med en ny kassa.</translation>
    </message>
    <message>
        <source>Restore the newest backup, or put the right file back.</source>
        <translation>Återställ den senaste säkerhetskopian, eller lägg tillbaka rätt fil.</translation>
    </message>
    <message>
        <source>Cannot continue the numbering after the restore: %1</source>
        <translation>Kan inte fortsätta numreringen efter återställningen: %1</translation>
    </message>
    <message>
        <source>The database is open; a backup is restored at the next start.</source>
        <translation>Databasen är öppen; en säkerhetskopia återställs vid nästa start.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Welcome to Stallpay</source>
        <translation>Välkommen till Stallpay</translation>
    </message>
    <message>
        <source>Connect to Ping Payments</source>
        <translation>Anslut till Ping Payments</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Spr&amp;åk:</translation>
    </message>
    <message>
        <source>Ring up what you sell; the customer scans a QR code and pays with Swish or card on their phone. How do you want to start?</source>
        <translation>Slå in det du säljer; kunden skannar en QR-kod och betalar med Swish eller kort i mobilen. Hur vill du börja?</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Prova &amp;demon</translation>
    </message>
    <message>
        <source>Sell with sample products on the built-in test payment service. No account is needed and no money moves. You can connect your account later in Settings.</source>
        <translation>Sälj exempelvaror med den inbyggda testbetaltjänsten. Inget konto behövs och inga pengar flyttas. Du kan ansluta ditt konto senare under Inställningar.</translation>
    </message>
    <message>
        <source>&amp;Connect my Ping account</source>
        <translation>&amp;Anslut mitt Ping-konto</translation>
    </message>
    <message>
        <source>Take real payments with the tenant ID and merchant ID you got from Ping Payments.</source>
        <translation>Ta emot riktiga betalningar med tenant-ID och handlar-ID som du fått av Ping Payments.</translation>
    </message>
    <message>
        <source>Your Ping account</source>
        <translation>Ditt Ping-konto</translation>
    </message>
    <message>
        <source>Ping Payments gives you these with your account. Stallpay keeps the IDs in your computer's keychain, never in a plain file.</source>
        <translation>Dessa får du av Ping Payments med ditt konto. Stallpay förvarar ID:na i datorns nyckelring, aldrig i en vanlig fil.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Till&amp;baka</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>A&amp;nslut</translation>
    </message>
    <message>
        <source>&amp;Use the demo instead</source>
        <translation>Använd demon &amp;i stället</translation>
    </message>
    <message>
        <source>No keychain on this computer</source>
        <translation>Ingen nyckelring på den här datorn</translation>
    </message>
    <message>
        <source>Stallpay never writes your IDs to a plain file. You can use them for this session only: Stallpay forgets them when it closes and asks for them again at the next start. To have them remembered, start Stallpay in a desktop session with a keychain (GNOME Keyring or KWallet).</source>
        <translation>Stallpay skriver aldrig dina ID:n till en vanlig fil. Du kan använda dem bara under den här sessionen: Stallpay glömmer dem när programmet stängs och frågar efter dem igen vid nästa start. För att de ska sparas, starta Stallpay i en skrivbordssession med nyckelring (GNOME Keyring eller KWallet).</translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation>Använd bara under den här &amp;sessionen</translation>
    </message>
    <message>
        <source>Correct the fields marked in red.</source>
        <translation>Rätta fälten som är markerade med rött.</translation>
    </message>
    <message>
        <source>Saving in the keychain…</source>
        <translation>Sparar i nyckelringen …</translation>
    </message>
    <message>
        <source>Save and use this account (%1)</source>
        <translation>Spara och använd det här kontot (%1)</translation>
    </message>
</context>
</TS>