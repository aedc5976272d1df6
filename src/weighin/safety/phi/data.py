"""Word lists for the PHI detector in ``weighin.safety.phi``.

Plain data, written for this project: given names across cultures, words that look like names but
are not (eponyms, drugs, brands, places used in medicine), common English words, US states, UK
postcode areas and top-level domains. Everything is lower case; the detector lower-cases tokens
before it looks them up. No imports, so loading it costs nothing but the sets.
"""


def words(blob: str, *, lower: bool = True) -> frozenset[str]:
    """The whitespace-separated words of ``blob`` as a set (lower-cased unless told not to)."""
    return frozenset((blob.lower() if lower else blob).split())


# --- Given names -------------------------------------------------------------------------------
# Common given names and their usual short forms, across cultures. Names that are also ordinary
# English words, months, drugs or places are listed again in AMBIGUOUS_NAMES or PLACE_NAMES, so a
# cue ("my son Will", "I'm Grace") can still take them but they are never taken on their own.
FIRST_NAMES = words(
    """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty
    margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah
    stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma
    nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather
    diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan
    andrea cheryl hannah jacqueline martha gloria teresa ann anne sara madison frances kathryn
    janice jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly
    isabella theresa diana natalie brittany charlotte marie kayla alexis lori tiffany jane holly
    kristen kristin erin tammy julia rose ava mia chloe ella lily zoe addison aubrey nora riley
    layla scarlett violet aurora hazel ellie stella paisley skylar lucy claire savannah audrey
    brooklyn bella leah aaliyah caroline naomi elena genesis maya allison sadie gabriella
    madelyn eleanor penelope luna camila harper avery evelyn quinn piper ruby serenity kinsley
    alyssa arianna ariana kennedy autumn hailey haley kaylee peyton mackenzie sydney jocelyn
    valentina everly emilia isla willow ivy eliana josephine delilah athena iris eva clara vivian
    lydia adeline sophie elise eloise rosalie margot juliet josie jade melanie kylie katelyn
    kaitlyn caitlin kathy cathy katie kate kat becky becca jen jenny jess jessie sue susie suzy
    sally patty patsy trish tricia peggy maggie meg molly polly debbie deb pam sandy cindy mandy
    annie abby gabby vicky vickie tori chrissy tina nikki steph sammie millie tilly nell nellie
    allie ali lexi lexie kim kimmy jo dottie dot ginny connie lottie trudy terri teri toni kris
    krissy cassie cassandra maddie mattie hattie lulu evie rosie bea trixie winnie fran frannie
    jackie bobbie billie sadie livvy liv izzy issy gina gigi lola nina tess tessa liz lizzie beth
    betsy libby eliza lisa lise lynn lynne wendy wanda yvonne yvette joann joanne jo-ann joanna
    rhonda roberta renee rita rosemary marjorie marcia marion maureen maxine mildred miriam nadine
    noreen norma olga paula pauline phyllis priscilla rachael regina rosa roxanne ruthie sheila
    sherry shelly shelley stacy stacey suzanne sylvia tamara tammie tanya tara thelma tonya
    valerie vanessa vera veronica vivienne yolanda agnes alberta alexandra alexa alana alison
    allyson alma alyson amelia ana andrea angelica angie anita annette antoinette april arlene
    ashlee ashleigh audra bernadette bernice bertha beatrice becky bethany bianca bonnie brandi
    brandy bridget brittney brooke camille candace cara carla carly carmen carrie casey cassidy
    cecilia celeste celia charlene chelsea cherie cheyenne christy ciara claudia colleen
    constance courtney crystal daisy dana darlene dawn deanna delores desiree destiny dianne
    dolores dominique edith edna eileen elaine elisa ella ellen eloise elsie emilie erica erika
    esther ethel eunice faith felicia fiona florence gail gayle georgia geraldine gertrude gwen
    gwendolyn harriet hilary hillary ida imogen ingrid irene isabel isabelle jacquelyn jamie
    janelle janie jasmine jeanette jeanne jeannie jenna jill jillian joy judi juliana julianne
    june justine kara kari karin kasey katharine katrina kelli kellie kendra kerry kristina
    kristy lacey lana latoya leanne leslie lesley lila lillian lindsay lindsey lorraine louise
    lucille lucinda luz lydia mabel mackenzie mae mallory mandy marcy margarita margie marguerite
    mariah marianne marina marisa marissa marla marlene marsha meghan melinda melody meredith
    mia michaela miranda misty monica monique myra myrtle nadia natasha nichole noelle noemi
    paige patrice pearl penny rebekah robin robyn rochelle ronda rosalind roxanne sabrina
    selena serena shannon shauna shawna sierra simone sonia sonya stefanie summer susanna
    suzette tabitha tamika tasha tatiana teri terri tiana tricia trina ursula vicki viola
    whitney wilma yasmin zara zoey kiara tiara aliyah amari imani nia keisha tanisha latisha
    shanice ebony tamika tameka ayanna zuri jaylah nevaeh aniyah makayla mckenzie kinley
    brianna briana breanna adriana alina ariel arielle bailey blake brynn callie cameron carmen
    charlie dakota danica delaney eden elaina elisabeth esme esmeralda evangeline fatima
    freya gemma gianna giselle hadley harmony hope jada jayla jordyn juniper kaia kali kaylani
    keira kenzie laila lainey leila lena leona lilah lilian lilliana lucia lyla mabel maci
    madeline magnolia malia margot mariana maryam mckenna mya nadia noa nova oaklee octavia
    ophelia palmer phoebe presley reagan reese remi rowan sage sloane talia thea valeria
    vera wren ximena zainab zelda

    james robert john michael david william richard joseph thomas christopher charles daniel
    matthew anthony mark donald steven andrew paul joshua kenneth kevin brian george timothy
    ronald jason edward jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
    scott brandon benjamin samuel gregory alexander patrick frank raymond jack dennis jerry
    tyler aaron jose adam nathan henry zachary douglas peter kyle noah ethan jeremy walter
    christian keith roger terry austin sean gerald carl harold dylan arthur lawrence jordan
    jesse bryan billy bruce gabriel joe logan alan juan albert willie elijah wayne randy
    vincent mason roy ralph bobby russell bradley philip phillip eugene liam lucas oliver owen
    caleb luke isaac levi hunter connor wyatt carter julian grayson leo jaxon lincoln asher
    theodore hudson ezra colton miles landon easton nolan cameron dominic jace ian adrian eli
    everett silas jaxson brooks chase declan tom tommy mike mikey dave davey bob rob robbie
    bill will jim jimmy jamie joey tony chris dan danny matt andy drew steve stevie ken kenny
    greg tim timmy ron ronnie jeff eddie ed ted teddy nick nicky sam sammy alex pat ray harry
    hank charlie chuck frankie benny ben jake nate zach zack josh max jon johnny gabe ollie
    freddie fred phil rick ricky rich dick walt wally al bert bertie alf archie stan stu doug
    cal gus hal lou vic vince russ rusty moe abe ike mel sid syd lenny len theo alfie reggie
    pete petey randy andy manny joss benji jody jodie kit ollie rollo sonny tommie bobbie
    ronan kieran callum jamal deshawn tyrone darnell malik terrell andre marcus dante jalen
    jaylen kendrick tremaine lamar rashad darius xavier isaiah jayden kayden amari darnell
    trevor travis troy wesley warren glenn glen dale dean derek derrick curtis craig clarence
    clifford clayton cody colin corey cory dallas damon darren darryl daryl devin dustin
    earl edgar edwin elliot elliott emmett ernest floyd francis franklin frederick garrett
    gavin gordon grant harvey herbert herman howard hugh jared jay jeffery jerome joel
    johnathan jonah josiah kurt lance lee leon leonard leroy lester lloyd louis luther mario
    marvin maurice melvin mitchell morgan neil nelson norman oscar otis perry preston quentin
    randall reginald rodney roland ross rudy salvatore seth shane shawn sheldon spencer stanley
    stuart tanner todd tristan tucker vernon victor wade wallace willard winston zane ashton
    beau bennett brady braxton brendan brett brody bryce byron calvin casey cedric cole conrad
    damian desmond dexter donovan duncan dwayne dwight elias emanuel enzo ezekiel felix finn
    fletcher forrest gideon graham griffin harrison hayden hector ivan jasper jeremiah jett
    joaquin jude kai kane keegan kellan killian knox lachlan lane leland lionel lorenzo malcolm
    marshall maxwell micah milo nash nico nikolai orion otto parker paxton quinn reid remy rhys
    riley roman rory rowan ryder sawyer sebastian simon sterling tate thaddeus tobias tristan
    ulysses vaughn walker weston wilson zion colby camden dawson emerson finley harley jensen
    kendall kingston maddox nathaniel porter reed rocco ronin ruben russell santiago shepherd
    solomon tatum thatcher zander

    josé luis carlos jorge miguel pedro alejandro javier diego fernando ricardo eduardo manuel
    francisco antonio rafael sergio andrés andres pablo mateo sebastián emilio joaquín rodrigo
    héctor raúl raul rubén ramón ramon alberto arturo armando enrique ernesto gerardo gustavo
    guillermo ignacio jaime julio marco mario martín martin óscar roberto salvador tomás tomas
    víctor alfonso alfredo felipe gilberto hugo jesús jesus lorenzo mauricio octavio rolando
    ulises xavier agustín benicio cristian césar cesar dario esteban fabián federico gonzalo
    iker julián leonardo lucas maximiliano nicolás patricio renato santino thiago valentín
    maría ana rosa isabel lucía sofía valentina daniela gabriela mariana fernanda paula
    alejandra adriana patricia verónica claudia mónica beatriz elena marta pilar lourdes
    guadalupe lupita juana josefina leticia rocío silvia esperanza consuelo inés irene julia
    lorena luisa maribel marisol natalia noemí raquel rebeca ximena yesenia renata jimena
    catalina fátima mercedes araceli graciela nayeli perla selena itzel alondra anahí
    berenice dulce estrella karla maricela yadira zulema xiomara yaretzi paloma rocio

    aarav arjun rohan rahul amit anil ankit arun ashok deepak dinesh ganesh gaurav harish
    karan krishna manish manoj mohan mukesh nikhil nitin pankaj pradeep prakash pranav rajesh
    rakesh ramesh ravi sachin sandeep sanjay santosh suresh sunil sumit tarun varun vijay
    vikram vinod vishal yash aditya akash abhishek ajay alok anand aniket anuj arvind ashish
    bharat chetan harsh hemant ishaan jatin kabir kunal lalit mahesh mayank naveen neeraj
    piyush prateek rajiv rishi rohit sameer saurabh siddharth sourav subhash sudhir tushar uday
    umesh vivek yogesh aryan vihaan reyansh ayaan ishan devansh dhruv girish jagdish kishore
    madhav mihir nilesh omkar parth raghav rajendra sanjeev satish shashank shyam sridhar
    srinivas sudhakar sunny tejas venkat vinay aanya aditi ananya anjali anita ankita anu
    anusha aparna archana asha bhavna deepa deepika divya gauri geeta gita isha jaya jyoti
    kajal kavita kavya komal lakshmi lata madhu manisha meena meera megha monika nandini neha
    nisha pooja priya priyanka radha rani rashmi rekha ritu sakshi sangeeta sarita shalini
    shanti shilpa shreya shweta simran sneha sonal sonia sunita swati tanvi usha vandana
    varsha vidya anika diya saanvi aarohi riya uma lalita padma sushma kamala savita suman
    preeti pallavi nidhi kiran rupa seema sapna poonam renu rina mamta hema harpreet gurpreet
    manpreet jaspreet navdeep amandeep simranjit baljit kuldeep rajinder parminder jasleen

    wei jing ming hui yan fang hong ying xin lei jun tao hao xiaoming xiaoling mei ling jie
    qiang yong jian li na xiu zhen yi yun ping lan hua chun xiao yang bo chao kai rui jia
    zhiwei haoran yichen zihan yuxuan xinyi shu min-jun ji-hoon seo-yeon ji-woo ji-min ji-yeon
    hyun-woo jae-won soo-jin min-ji eun-ji seung-hoon jin-woo dong-hyun ha-eun yoon-seo
    minjun jihoon seoyeon jiwoo jimin hyun jin soo eun yuna sora haruto yuto sota hiroshi
    takashi kenji yuki yuko akiko keiko yumi aiko hana sakura naoko kaori emi mai rin ren
    kenta daiki ryo shota taro kazuki akira satoshi makoto yoshiko hiroko tomoko michiko
    noriko kumiko mariko haruka yui aoi riku hinata kaito takumi kenichi hideo masato
    anh minh linh trang huong thao nguyet duc tuan hung phuong hoa ngoc quang khanh nam vy
    thu hanh thanh huy dung trinh tien nhung loan bao chau giang

    mohammed muhammad mohamed mohammad ahmed ahmad ali omar hassan hussein ibrahim khalid
    mahmoud mustafa youssef yusuf abdullah abdul karim tariq samir sami rami nabil walid
    faisal fahad hamza bilal zaid ziad amir imran irfan rashid saeed salman hamid jamal kareem
    majid nasser osama rayan adnan anwar ayman bassam fadi firas ghassan hadi hani hisham issa
    jamil kamal mazen nadim nizar qasim raed sharif tamer wael yasser yazan zakaria abdulrahman
    abdallah ashraf emad hazem khaled marwan mounir naji riad said tarek yahya zayed
    fatima aisha ayesha amina mariam layla leila noor nour yasmine huda iman khadija lina
    lubna mona nawal rania reem salma samira sana sumaya zahra zeynep dina farah hiba jana
    jumana lamia malak nada rasha rana ruqayya safiya yara asma hanan heba lamya maha manal
    nisreen rawan shaima suha wafa zeina dalia ghada amal bushra

    kwame kofi kwabena kojo ama akua abena efua yaw chinedu chidi chioma ngozi adaeze amara
    emeka obinna uche oluwaseun seun tunde ayodele femi folake funmilayo bola bisi kemi
    temitope tope yetunde adebayo olumide segun nnamdi ifeoma zanele thabo sipho lerato
    naledi themba mandla nomvula thandiwe bongani kagiso tendai tatenda farai chipo wanjiru
    wanjiku njeri kamau otieno achieng akinyi omondi wambui mwangi baraka juma zawadi amani
    neema abdi ayaan hodan halima fartun amare abebe tsion selam dawit yonas meron kalkidan
    chukwuma chiamaka nneka oluchi adaora babajide damilola olamide titilayo kehinde taiwo
    idowu abimbola akosua afia yaa esi kwaku kwesi nana kobina mensah fiifi

    hans jürgen jurgen klaus wolfgang dieter uwe günter gunter helmut stefan andreas matthias
    markus tobias lukas jonas felix maximilian leon finn niklas jan florian sebastian katrin
    sabine petra ursula monika birgit heike anja ute silke lena lea mia leonie johanna greta
    frieda jannik moritz jens sven torsten dirk kai-uwe annika svenja jana katja kerstin
    pierre jacques michel philippe alain bernard christophe nicolas julien mathieu antoine
    louis théo raphaël jules émile nathalie isabelle sylvie françoise francoise valérie
    sandrine céline celine aurélie camille chloé léa manon juliette margaux élodie amélie
    amelie mathilde océane benoît benoit thierry laurent olivier sébastien yves guillaume
    giuseppe giovanni luigi francesco alessandro matteo luca davide simone riccardo stefano
    paolo vincenzo giulia francesca chiara martina giorgia alessia federica roberta
    alessandra giovanna carlo fabio massimo emanuele gianluca pietro tommaso
    ivan dmitri dmitry sergei sergey alexei alexey nikolai vladimir mikhail andrei pavel yuri
    oleg igor boris viktor anatoly piotr tomasz krzysztof marek jakub wojciech łukasz lukasz
    michał michal olga natasha tatiana svetlana irina ekaterina katya anastasia nastya yulia
    oksana ludmila lyudmila galina daria polina ksenia agnieszka katarzyna magdalena
    małgorzata malgorzata zofia ewa joanna dorota milena jelena ivana dragan milan goran zoran
    nikola bojan dusan marija ana-maria andreea ioana mihai bogdan florin radu alina
    lars anders erik nils olaf sven björn bjorn magnus henrik johan mikael astrid sigrid
    linnea elsa maja saga karin birgitta ingrid freja signe solveig tove kjell per
    georgios giorgos dimitris nikos yannis kostas eleni katerina despina vasilis spyros
    siobhan niamh aoife saoirse caoimhe orla roisin róisín sinead sinéad aisling eoin cian
    oisin padraig seamus ciaran conor niall darragh fionn sean shane mairead brid
    avi yael noa tamar shira moshe yosef eitan ariel itai omer liora chaim mendel rivka
    chana leah naomi yehuda shlomo yitzhak menachem dov gila efrat hadas
    mehmet ahmet emre burak cem deniz elif emine fatma hatice ayşe ayse merve esra kerem
    murat serkan ozan oğuz oguz selin ebru gizem tugba yusuf hakan volkan
    reza hossein mehdi arash babak dariush farhad kian kourosh navid omid parisa shirin nasrin
    roya mina neda niloufar sahar shadi soraya yasaman azadeh golnar shahram behnaz
    asif usman zain hira rabia saima farhan tanvir rahim rahman shakib nusrat taslima jannat
    sadia rubina mahmuda sabina shabnam nasima rehana
    joão joao thiago vinícius vinicius matheus júlia larissa letícia leticia bruna juliana
    vitória vitoria gustavo caio rodrigo anderson wellington cleber
    joaquim conceição conceicao raimundo sebastião sebastiao
    tracey tracy stacey kerry-ann bridie bronagh peig siobhán máire sorcha
    hemi wiremu aroha rawiri ngaio manaia tamati mereana huia
    corazon imelda perla rosalinda lourdes marites jericho
    razia shahid nasreen parveen shabana tahira naheed
    thandeka nomsa themba lindiwe thulani nomvula zanele bongani lerato
    nurul aisyah siti noor
    """
)

# Given names that are also ordinary words, months, virtues, plants, drugs or brands: never taken
# without a cue, and not after a weak cue when written in lower case.
AMBIGUOUS_NAMES = words(
    """
    april may june august summer autumn winter spring dawn eve faith hope joy grace charity
    patience prudence mercy constance harmony destiny serenity trinity unity liberty honor
    rose lily iris ivy jade amber ruby pearl crystal daisy violet hazel heather holly olive
    ginger rosemary sage basil jasmine poppy willow aspen ash laurel magnolia juniper clementine
    cherry candy brandy sandy sunny rusty dusty misty stormy sky skye river rain storm star
    will bill mark frank chase hunter miles grant sterling rich art guy jack pat sue don dick
    bob rob nick chuck cliff rod gene ray norm mo mel sid ben dean earl lance chip bud rocky
    major king prince duke baron marshall mason carter porter parker walker tucker fletcher
    palmer taylor cooper sawyer archer glen dale reed wade lane brooks gray grey blake chance
    case royal price chance wiley hardy young long joy
    penny dot bea june ali kim lee kai jay jo al ed ted max sam ron tim jan lou val vic
    ella heather yasmin camila nikki portia hailey errin allegra amethyst nora tilia aubra
    larin lyza tarina lillow jolivette kelnor jencycla aviane lutera ocella vienva loryna
    juleber nylia viorele pirmella velivet zarah syeda marlissa kalliga mili estarylla
    candida gene iris patella lupe mercy len
    li na yi bo shu yan jie jun lan mai nam vy thu hung long min soo rin ren ryo emi aoi yu
    nana per said
    chance ash sky harsh dung fang loan margarita roman saga shepherd tamer taro yaw ping
    cal mercedes jesus
    """
)

# Given names that are also places. Taken alone only when not after in/to/from/near/at.
PLACE_NAMES = words(
    """
    austin charlotte georgia virginia carolina madison jackson dallas denver houston phoenix
    sydney florence victoria adelaide eugene helena elizabeth lincoln jordan chad israel india
    kenya paris brooklyn cheyenne dakota raleigh tyler marion orlando savannah augusta chelsea
    camden kingston troy columbia regina alexandria aurora santiago
    clara fe jackson memphis nashville vienna geneva france brittany china
    lourdes montana nevada sierra siena valencia florida alberta wellington hamilton winston
    salem columbus quincy marietta charleston orleans tallahassee lafayette jericho
    milan lima odessa chester
    """
)

# Capitalised words that can never be a name, whatever cue stands before them: function words,
# pronouns, greetings, time words and the verbs that most often follow "Dr." or "my husband".
# Greetings in other languages that open an English question ("Xin chào, tôi là ..."): no name,
# nor the word before them ("Xin" is also a given name).
FOREIGN_GREETINGS = words("chào chao selamat namaste merhaba hola olá habari bonjour ciao hallo")

STOPWORDS = words(
    """
    a an the and or but nor so yet for of to in on at by with from into onto upon about above
    below over under after before during since until till while as than then that this these
    those there here where when why how what which who whom whose whoever if unless though
    although because whether either neither both each every all any some none no not only
    just also too very really quite rather much many more most less least few several such
    own same other another else ever never always often sometimes usually already still again
    once twice even back away out off up down around through throughout across along among
    between beside besides behind beyond within without against toward towards via per
    i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his
    himself she her hers herself it its itself they them their theirs themselves one ones
    im i'm ive i've id i'd ill i'll it's its he's she's we're they're you're we've they've
    isn't aren't wasn't weren't don't doesn't didn't can't cannot couldn't won't wouldn't
    shouldn't haven't hasn't hadn't let's that's there's what's who's here's
    is am are was were be been being have has had having do does did doing done will would
    shall should can could may might must ought need needs needed get gets got gotten getting
    go goes went gone going come comes came coming make makes made making take takes took
    taken taking give gives gave given giving say says said saying tell tells told telling
    think thinks thought know knows knew known see sees saw seen look looks looked want wants
    wanted like likes liked feel feels felt seem seems seemed keep keeps kept put puts let
    lets call calls called ask asks asked try tries tried use uses used work works worked
    wrote writes write ran runs run sent send sends found find finds left leave leaves
    recommended recommends prescribed prescribes ordered orders suggested suggests mentioned
    explained diagnosed diagnoses referred refers advised advises noticed checked checks
    started starts stopped stops increased decreased changed switched added removed tested
    believes believed thinks wonders wondered says agrees agreed disagrees insisted insists
    confirmed confirms ruled ruled-out examined examines reviewed reviews scheduled
    named called nicknamed aka
    yes no ok okay oh ah hi hey hello dear thanks thank please sorry welcome bye goodbye
    regards cheers sincerely best kind warm love xoxo yours truly respectfully
    today tonight tomorrow yesterday now later soon recently currently lately earlier
    morning afternoon evening night noon midnight week weekend month year day days weeks
    months years hour hours minute minutes second seconds decade
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
    fri sat sun january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec
    mom mum mother dad father brother sister son daughter husband wife parent parents baby
    grandma grandpa grandmother grandfather aunt uncle cousin niece nephew family kid kids
    child children boyfriend girlfriend partner fiance friend friends doctor doctors doc dr
    nurse nurses surgeon physician specialist therapist gp pcp md mr mrs ms miss mx prof
    smt shri shrimati sir madam maam ma'am guys everyone everybody anyone anybody someone
    somebody people
    nothing something anything everything nobody
    mudr mddr pharmdr dott ssa dra sra srta mgr
    """
)

# Kinship and care words that make the next capitalised token a name ("my husband John").
KIN_WORDS = words(
    """
    husband wife son daughter mom mum mother dad father brother sister partner boyfriend
    girlfriend fiance fiancé fiancee fiancée grandma grandmother grandpa grandfather granddad
    grandad nana nan granny gran grandson granddaughter grandchild aunt auntie aunty uncle
    cousin niece nephew baby kid child toddler infant newborn friend bestie roommate flatmate
    housemate neighbor neighbour stepson stepdaughter stepmom stepmum stepdad stepmother
    stepfather twin grandkid spouse hubby wifey boy girl teen teenager son-in-law
    daughter-in-law mother-in-law father-in-law brother-in-law sister-in-law mil fil sil bil
    dh dw ds dd lo colleague coworker co-worker boss caregiver carer ex ex-husband ex-wife nanny
    babysitter childminder helper maid housekeeper assistant
    mam mammy da fella mate missus lola lolo roomie abuelo abuela tio tita tito nonna nonno oma opa
    sisters brothers sons daughters cousins friends kids grandkids twins
    sibling stepbrother stepsister godson goddaughter godmother godfather bf gf bff hubs bro sis
    youngest oldest eldest middle firstborn
    doctor gp pcp physician surgeon dentist therapist psychiatrist psychologist counselor
    counsellor nurse midwife obgyn ob ob/gyn gyno gynecologist gynaecologist cardiologist
    neurologist oncologist endocrinologist dermatologist pediatrician paediatrician
    rheumatologist gastroenterologist gi urologist allergist pharmacist chiropractor physio
    physiotherapist specialist consultant provider doc np pa hematologist nephrologist
    pulmonologist ophthalmologist optometrist orthopedist podiatrist audiologist ent
    neurosurgeon anesthesiologist anaesthetist radiologist sonographer dietitian dietician
    nutritionist psychotherapist hygienist
    sponsor sponsee caseworker keyworker
    """
)

# Words describing a relative that may stand between "my" and the kinship word.
KIN_MODIFIERS = words(
    """
    little baby youngest oldest eldest older younger elder big teenage teen adult late ex new
    twin step grown sweet dear lovely beautiful wonderful 2nd second first third middle only
    own elderly aging ageing infant newborn premature preemie sick autistic adopted best
    physician school practice district couples family marriage addiction recovery sober
    """
)

# Words that end a title or name run if they follow a name: institutions and medical nouns.
INSTITUTION_WORDS = words(
    """
    hospital hospitals clinic clinics medical medicine center centre health healthcare
    orthopedics orthopaedics pediatrics paediatrics associates pharma pathology imaging
    university college school institute foundation memorial general regional infirmary
    pharmacy labs laboratory laboratories practice surgery care children's childrens county
    city beach springs falls heights valley village park lake river mountain island street
    road avenue boulevard lane drive way court square place bridge station airport mall
    st ave rd blvd ln pkwy hwy apartments apartment apts residency towers enclave mansions
    disease disease's syndrome palsy disorder sign test cyst neuroma esophagus oesophagus
    thyroiditis phenomenon maneuver manoeuvre procedure reflex score scale criteria
    classification tube tubes lymphoma sarcoma tumor tumour fracture ulcer node nodes catheter
    monitor smear stain virus anomaly contracture dystrophy ataxia chorea encephalopathy
    keratitis arthritis neuralgia hernia pouch duct canal gland protocol diet method technique
    exercises exercise chart index formula therapy
    """
)

# Tokens that make the following capitalised token part of a place or institution.
PLACE_PREFIXES = words(
    """
    st st. saint ste mount mt fort ft port lake loma los las san santa santo new cape point
    grand glen north south east west upper lower
    """
)

# Eponyms in medicine. In possessive form ("Addison's") or before a medical noun they are never a
# person's name, even where the same word is a given name.
EPONYMS = words(
    """
    addison alzheimer alzheimers asperger aspergers barrett bell bright baker bartholin
    behcet brugada buerger chagas charcot conn creutzfeldt crohn crohns cushing de quervain
    down dupuytren ehlers danlos epstein barr fallot gaucher gilbert graves guillain barre
    hashimoto hirschsprung hodgkin horner huntington kaposi kawasaki klinefelter korsakoff
    legg perthes lou gehrig lyme marfan meniere menieres morton munchausen osgood schlatter
    paget parkinson parkinsons peyronie raynaud reiter reye sever sjogren sjögren sjogrens
    stevens johnson still tay sachs tourette tourettes turner wernicke whipple wilson wolff
    white apgar heimlich pap foley holter epley valsalva babinski achilles fallopian
    eustachian broca kegel lamaze glasgow bristol mayo cleveland hopkins sinai kettering
    sloan cedars lou gehrig gehrigs cushings addisons hashimotos graves' hodgkins huntingtons
    raynauds tay-sachs guillain-barre guillain-barré epstein-barr ehlers-danlos
    wolff-parkinson-white
    osgood-schlatter legg-calve-perthes stevens-johnson creutzfeldt-jakob jakob hunter hurler
    fabry pompe tietze baker's osler rendu duchenne becker prader willi angelman rett noonan
    edwards patau dravet lennox gastaut west sturge weber von willebrand hippel lindau
    recklinghausen kallmann zollinger ellison mallory weiss boerhaave barlow ebstein eisenmenger
    kussmaul cheyne stokes bence jones reed sternberg burkitt ewing wilms merkel
    """
)

# Drugs, brands and medical words that look like names (capitalised, unknown words). Never a name.
# Includes contraceptive brands that are also given names, the usual trap on a health site.
DRUG_AND_BRAND_WORDS = words(
    """
    gardasil cervarix tylenol advil motrin aleve aspirin ibuprofen acetaminophen paracetamol
    naproxen excedrin
    benadryl claritin zyrtec allegra xyzal flonase nasacort sudafed mucinex robitussin nyquil
    dayquil pepcid zantac prilosec nexium protonix omeprazole pantoprazole tums rolaids
    imodium pepto-bismol pepto miralax dulcolax colace senokot metamucil gaviscon
    lipitor crestor zocor pravachol atorvastatin rosuvastatin simvastatin pravastatin
    lisinopril losartan amlodipine metoprolol atenolol carvedilol hydrochlorothiazide hctz
    furosemide lasix spironolactone warfarin coumadin eliquis xarelto pradaxa plavix clopidogrel
    metformin glucophage januvia jardiance farxiga ozempic wegovy mounjaro zepbound trulicity
    victoza saxenda rybelsus insulin lantus levemir humalog novolog tresiba toujeo basaglar
    levothyroxine synthroid levoxyl armour cytomel tirosint
    prednisone prednisolone medrol dexamethasone hydrocortisone cortisone
    amoxicillin augmentin penicillin azithromycin zithromax z-pak doxycycline cephalexin keflex
    cipro ciprofloxacin levaquin bactrim macrobid nitrofurantoin clindamycin flagyl
    metronidazole diflucan fluconazole valtrex valacyclovir acyclovir tamiflu paxlovid
    sertraline zoloft fluoxetine prozac citalopram celexa escitalopram lexapro paroxetine paxil
    venlafaxine effexor duloxetine cymbalta bupropion wellbutrin mirtazapine remeron
    trazodone buspirone buspar lamotrigine lamictal lithium abilify aripiprazole seroquel
    quetiapine risperdal risperidone zyprexa olanzapine latuda vraylar rexulti
    xanax alprazolam ativan lorazepam klonopin clonazepam valium diazepam ambien zolpidem
    lunesta melatonin adderall ritalin concerta vyvanse strattera focalin methylphenidate
    gabapentin neurontin lyrica pregabalin tramadol ultram oxycodone percocet vicodin
    hydrocodone norco morphine codeine fentanyl suboxone naloxone narcan methadone
    sumatriptan imitrex rizatriptan maxalt nurtec ubrelvy aimovig emgality topamax topiramate
    keppra levetiracetam depakote tegretol carbamazepine dilantin
    humira enbrel remicade stelara skyrizi rinvoq xeljanz dupixent cosentyx taltz otezla
    entyvio simponi cimzia orencia actemra kevzara methotrexate plaquenil hydroxychloroquine
    sulfasalazine azathioprine imuran mesalamine lialda asacol budesonide entocort uceris
    albuterol ventolin proair symbicort advair breo trelegy spiriva singulair montelukast
    epipen auvi-q xolair nucala fasenra
    viagra cialis levitra flomax finasteride proscar propecia avodart
    yaz yasmin ella plan-b sprintec junel loestrin mirena kyleena skyla liletta nexplanon
    depo-provera nuvaring xulane slynd camila errin heather nora-be jolivette aviane lutera
    ocella nikki portia hailey amethyst aubra larin lyza tarina lillow kelnor jencycla vienva
    loryna juleber nylia viorele pirmella velivet zarah syeda marlissa kalliga mili
    estarylla tri-sprintec tri-lo-sprintec microgestin blisovi taytulla natazia annovera
    accutane isotretinoin retin-a tretinoin differin aczone spironolactone doxepin
    vitamin biotin zinc magnesium iron calcium potassium sodium omega fish-oil probiotic
    vaseline aquaphor cerave cetaphil eucerin neosporin bacitracin hibiclens lysol clorox
    medicare medicaid aetna cigna humana kaiser anthem bluecross blueshield tricare cvs
    walgreens rite-aid boots nhs optum unitedhealthcare ambetter oscar molina centene
    google facebook instagram tiktok reddit youtube twitter whatsapp zoom mychart webmd
    netflix spotify tinder hinge bumble grindr linktree snapchat uber lyft amazon samaritans
    amgen gilead biogen regeneron vertex lundbeck takeda teva mylan viatris sandoz
    lilly pfizer novartis merck abbvie moderna astrazeneca novavax sanofi bayer roche gsk
    covid covid-19 coronavirus omicron delta flu influenza rsv hpv hiv aids mrsa
    ecg ekg eeg mri ct pet ultrasound xray x-ray er icu ed a&e nicu picu
    tylenol#3 fioricet botox juvederm restylane dysport fitbit apple samsung android iphone
    dexcom libre omnipod medtronic tandem cpap bipap resmed philips
    """
)

# "Dr. X" where X is a brand or a public figure rather than the asker's own doctor.
TITLE_EXCLUSIONS = words(
    """
    google oz phil fauci seuss who pepper dre strange scholl scholl's scholls bronner bronner's
    martens marten pimple popper house zhivago doolittle frankenstein jekyll evil
    """
)

# Common English words (beyond STOPWORDS). A capitalised token after a weak cue is not taken as a
# name when it is one of these (e.g. "my husband Snores"), and a known given name that is one of
# these is not taken on its own.
COMMON_WORDS = words(
    """
    able about absolutely accident ache aches aching acid active actually acute addiction
    afraid again age aged ago alarmed alcohol alive allergic allergy alone alright already
    anemia anemic angry ankle anxious anxiety anyway apparently appointment area arm arms
    arrived asleep asthma attack awake aware awful bad badly barely bed bedtime began begin
    being belly better bit bite bleeding blind blister blood blocks blue body bone bones bored
    born bothered bottle bowel brain break breast breath breathing brief bright broke broken
    brown bruise bruised burning busy calm cancer cant careful caring case cause causing cell
    certain chest chronic clear clinic close cold concerned confused constant constantly cough
    coughing could cramps crazy cut daily damage dark dead deaf dear decided deep depressed
    depression desperate diabetes diabetic diagnosis diarrhea different difficult dizzy
    does dose doses drink drinking drive driving drop dry due dull early ear ears easy eat
    eating effect effects else elevated emergency empty end ended energy enough entire er
    especially even ever exactly exam exhausted eye eyes face fact fainted fall family fast
    fat fatigue fatigued fear feeling feet fell female fever few fine finger fingers fit
    flare follow food foot former forward free frequent fresh frustrated full fully
    further gain getting glad gluten gone good great green gut half hand hands happy hard
    harsh head headache headaches healthy hear heard heart heavy help helped helps high
    hip hips home honest honestly hopeful horrible hospital hot huge hungry hurt hurts
    hurting ill illness important infection inflamed inflammation injury inside instead
    intense itchy itching jaw joint joints keep kidney kidneys knee knees lab labs large
    last late later lately left leg legs level levels light little live lived lives living
    liver lonely long loose lost lots loud low lower lump lungs main male mean medical
    medication medications medicine meds mental mild mind mine minor miss missed moderate
    moving mouth muscle muscles nausea nauseous neck nerve nervous new next nice normal
    nose numb numbness obese obviously odd old ongoing open operation overweight pain
    painful pains pale panic part past period periods personally pill pills place plan
    plus point poor positive negative possible possibly post pregnant pregnancy pressure
    pretty previous probably problem problems pulse quick quickly rash rate ready real
    reason recent red regular relief rest result results right rough sad safe scan scared
    scary seizure seizures serious severe severely sharp short shoulder shoulders sick
    side sign signs simple sinus skin sleep sleeping sleepy slight slightly slow small
    smoke smoking sore soon sorry spot stable stiff stomach strange stress stressed
    strong stuck sudden suddenly sugar sure surgery swelling swollen symptom symptoms
    taking tablet tablets tea terrible test tests thick thin thirsty throat tight tired
    toe toes tongue took total tough treatment tried true trying type ulcer under unit
    units unusual upper upset urine usual vision visit vomiting waiting walk walking
    warm weak weakness weight well wet white whole wondering worried worse worst wrong
    young bottom top front blocks hour hours mile miles minute times time dose side pound
    pounds kg lbs mg ml cup cups glass glasses step steps floor floors mile block
    worried-mom anonymous confused throwaway newbie lurker member guest user patient
    patients question questions answer answers advice update edit note ps p.s help
    hoping concerned frustrated exhausted desperate scared grateful thankful
    great-grandmother ill lol omg btw fyi imo tbh
    office offices appt appts appointment appointments notes letter referral portal
    receptionist secretary staff visits orders instructions bill bills records report
    reports recommendation advice opinion assistant team surgery's
    """
)

# US states (abbreviations upper case as written, names lower case).
US_STATE_ABBR = words(
    """
    AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH
    NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR VI GU
    """,
    lower=False,
)
US_STATE_NAMES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|"
    "Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|"
    "Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|"
    "New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|"
    "Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|"
    "West Virginia|Wisconsin|Wyoming"
)

# UK postcode areas (the letters before the first digit).
UK_POSTCODE_AREAS = words(
    """
    AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY
    E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD
    LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG
    SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE
    """,
    lower=False,
)

# Top-level domains accepted for bare domains ("example.com/path"). Two-letter country codes that
# are also English words (in, is, it, me, us, to, at, no, so, be, do, go, my, am, as, by, ...) are
# left out: a bare "name.me" needs www. or a scheme to count.
BARE_TLDS = words(
    """
    com org net edu gov mil int info biz io co ai xyz
    uk ca au de fr nl ie nz es pt ch se dk fi pl cz ru jp cn kr hk sg tw br mx ar cl za
    ke gh eg il ae sa tr gr ro hu ua ly fm tv cc ws gg vn pk bd lk np eu asia ee
    """
)

# Street names that are also common words: "123 main st" is still an address in lower case.
STREET_NAME_WORDS = words(
    """
    main high park church mill oak pine maple elm cedar birch willow lake hill river spring
    north south east west first second third fourth fifth market water bridge station school
    center centre union king queen college washington lincoln jefferson madison franklin
    forest meadow ridge valley sunset highland garden orchard green grove mountain
    """
)

# Surnames that are also common words: kept when they follow a given name ("Sarah Brown").
SURNAME_WORDS = words(
    """
    brown white black green gray grey young king wood woods hill hills stone baker cook miller
    taylor carter walker wright hall hunter fox bird rice price long short strong little bell
    house church park parks rose lane moore rich sharp love bishop cash banks field fields
    ford frost gold golden hart holmes hunt knight lamb lord marsh mason mills moon nash page
    pike pool porter power reed rhodes rock rush sage small snow spring stark steel summers
    swift wall ward waters webb west wells wise wolf major may bush lee best clay cross dean
    early fisher gardner glass hope joy keen lake land marsh noble norman penny person pope
    rivers savage shepherd sherman slater strange sweet townsend vogel walls weaver
    """
)

# Short forms and initials used as given names ("I'm Bev", "my son AJ").
NICKNAMES = words(
    """
    bev barb deb debbie becky cathy kathy trish patty peggy meg maggie liz lizzie beth betsy
    jen jenny jess jessie steph vicky nikki mandy sandy cindy wendy tina gina lori terri
    aj cj dj tj rj pj jj jd jp jt kc
    gaz baz daz shaz kev geoff nige trev jonny viv franny
    """
)

# Other languages' "my" and kinship words: "Meine Mutter, X", "mijn vader X", "mia nonna X",
# "мой отец X".
INTL_POSSESSIVES = words(
    """
    mi mis mio mía mia mijn mein meine meinen meinem meiner ma mon meu minha moja mój mojego
    mojej moj мой моя моего моей мою nuestro nuestra nostro nostra unser unsere unseren onze
    notre nosso nossa meri mera mere
    """
)
INTL_KIN_WORDS = words(
    """
    padre madre hijo hija esposo esposa marido mujer abuelo abuela abuelito abuelita hermano
    hermana tío tía novio novia suegra suegro nieto nieta mamá papá mama papa
    pai mãe mae filho filha avô avó avo irmão irmã namorado namorada sogra sogro
    padre madre figlio figlia marito moglie nonno nonna fratello sorella zio zia fidanzato
    fidanzata suocera
    vater mutter sohn tochter mann frau opa oma bruder schwester onkel tante freund freundin
    vader moeder zoon dochter man vrouw opa oma broer zus vriend vriendin
    père mère fils fille mari femme grand-père grand-mère frère sœur soeur copain copine
    ojciec matka tata syn córka corka mąż maz żona zona babcia dziadek brat siostra
    отец мать мама папа сын дочь муж жена бабушка дедушка брат сестра
    médecin medico médico medica médica hausarzt hausärztin huisarts arts lekarz врач
    ammi abbu ammu amma abba nani dadi nana dada beta beti bhai bhaiya behen didi chacha chachi
    mausi bhabhi
    """
)
# Kinship words followed by their possessive: "Mama mea", "Fastlegen min", "Anak saya".
POSTPOSED_POSSESSIVES = words("min mitt mea meu ko saya ku")
POSTPOSED_KIN_WORDS = words(
    """
    mama mamma tata tatăl tatal soțul sotul soția sotia fiul fiica lege legen fastlege fastlegen
    mor far mora mannen kona sønn sonn datter dotter anak ibu ayah suami istri nanay tatay anak
    asawa lola lolo
    """
)

# Nationality words that may stand between "my" and the kinship word ("my Thai wife X").
NATIONALITY_WORDS = words(
    """
    thai filipino filipina chinese japanese korean vietnamese indian pakistani bangladeshi
    nepali indonesian malaysian mexican brazilian colombian peruvian cuban dominican puerto
    rican american canadian british english scottish irish welsh french german italian
    spanish portuguese dutch polish russian ukrainian romanian greek turkish israeli iranian
    persian arab egyptian moroccan nigerian ghanaian kenyan ethiopian somali african
    australian kiwi jamaican haitian
    """
)

# Public figures whose illnesses askers mention, and institutions named after a person: their
# names are not the asker's PHI ("the Michael J. Fox documentary", "surgeon at Henry Ford").
PUBLIC_FIGURES = frozenset(
    name.strip()
    for name in """
    michael j. fox|michael j fox|michael fox|celine dion|céline dion|selena gomez|lady gaga
    |christina applegate|bruce willis|val kilmer|angelina jolie|justin bieber|magic johnson
    |muhammad ali|lou gehrig|stephen hawking|robin williams|jerry lewis|venus williams
    |serena williams|halsey|kim kardashian|hailey bieber|jamie lynn spears|britney spears
    |michael jackson|elton john|tom hanks|charlie sheen|kate middleton|prince harry
    |princess diana|king charles|steve jobs|henry ford|johns hopkins|mayo clinic|cedars sinai
    |mount sinai|sloan kettering|ronald mcdonald|st jude|st. jude|joe biden|donald trump
    |barack obama|elon musk|oprah winfrey|dr oz|anthony fauci|wendy williams
    |patrick swayze|florence nightingale|farrah fawcett|freddie mercury|rock hudson
    |christopher reeve|lance armstrong|ozzy osbourne|terry fox|chadwick boseman|alan rickman
    |david bowie|gene wilder|kirstie alley|ruth bader ginsburg|arthur ashe|lou reed
    |steve irwin|jimmy carter|ronald reagan|nelson mandela|mother teresa|marie curie
    |louis pasteur|alexander fleming|edward jenner|hippocrates|sigmund freud|jim valvano
    |shannen doherty|james van der beek|ben stiller|hugh jackman|sharon osbourne|uncle sam
    |bill gates|md anderson|princess margaret|ayushman bharat|great ormond street|royal marsden
    |peter maccallum|sir charles gairdner|lady cilento|john radcliffe|addenbrooke
    |chris hani baragwanath|chris hani|baragwanath|steve biko|charlotte maxeke|albert luthuli
    |inkosi albert luthuli|nelson mandela academic|fiona stanley|queen elizabeth|sultanah aminah
    |tommy john|groote schuur|tygerberg|rahima moosa|helen joseph|dora nginza|cecilia makiwane
    |big ben|big mac|baby annabell|baby shark|little mix|little bo peep|baby born
    """.replace("\n", "").split("|")
)
