/// Common given names from the languages post-mortems are written in, folded (lower case,
/// no diacritics). A capitalised word is taken for a person's first name only when it is
/// here and a capitalised surname follows it, so "Flux deleted" or "Ceph Cluster" never
/// count. Names that are also everyday words or software ("Will", "May", "Grace", "Ruby",
/// "Julia", "Hugo", "Max", "Victoria", "Aurora") are left out on purpose.
enum GivenNames {
    static let all: Set<String> = Set(
        """
        aaron abdul abdullah abigail adam adele adrian adriana agnes ahmed aiden aiko aisha akira alan albert
        alberto alejandro aleksandr alex alexander alexandra alexandre alexei alexis alfred alfredo ali alice
        alicia alina alison amanda amelia amina amir amit ana anders andre andrea andreas andrei andres andrew
        andrzej angela angelika angelo anika anita anja anke ann anna annabelle anne annette annika anton antonio
        anya arjun arne arthur astrid axel ayesha barbara bart bastian beatrice beatriz ben benedikt benjamin
        bernd bernhard bianca bjorn boris brandon brenda brian bruno camila camille carl carla carlos carmen
        caroline carsten catherine cecile cecilia celine charles charlotte chen chiara chloe chris christian
        christina christine christoph christophe christopher claire clara claudia claudio colin connor conor
        cristina dagmar damien daniel daniela daniele danielle dario david dele denis dennis diana diego dieter
        dimitri dirk dmitri dmitry dominik dominique dora doris dorothea dorothy edward elena eleni elias elif
        elijah elisa elisabeth eliza elizabeth ella ellen elsa emil emilia emily emma emmanuel enrico eric erik
        erika ernst esther ethan etienne eugen eva evelyn fabian fabio farah fatima felix fernando filip fiona
        florian francesca francesco francisco franck francois frank franz franziska frederic frederik freya
        friedrich gabriel gabriela gabriele georg george georges gerald gerhard gianluca gina giorgio giovanni
        gisela giulia giuseppe gregor gregory greta gudrun guillaume gunnar gunther gustav hakan hamza hana hanna
        hannah hannes hans harald harriet harry hassan heike heinz helen helena helene helga hendrik henrik
        henry herbert hermann hiroshi holger horst hugh ian ibrahim igor ilse ines inga inge ingrid inigo irene
        irina isaac isabel isabella isabelle ivan jakob jakub james jana jane janet janina jannik jaroslav
        jasmin jason javier jean jeanne jelena jennifer jens jeremy jessica jiri joachim joan joanna joao jochen
        joel johan johann johanna johannes john jonas jonathan jorg jorge jose josef joseph josephine joshua
        juan judith jules julian juliana julie julien julius jurgen justin kai kamil karen karin karina karl
        karolina kasia katarina katharina katherine kathrin katja katrin kazuki keiko kenji kerstin kevin kim
        klara klaus kofi konrad kristian kristina krzysztof kumar kurt lars laura lauren laurent lea leon
        leonard leonie leonardo liam lina linda lisa lorenzo lotte louis louise luca lucas lucia lucy ludwig
        luis luisa lukas lukasz luke magdalena maik malte manfred manon manuel manuela marc marcel marcello
        marco marcus margaret margarete maria mariana marie marina mario marion marius marko markus marta
        martha martin martina mary mateo mathias mathieu matilda matteo matthew matthias mattias maurice
        maximilian mehmet mei melanie mia michael michaela michal michel michelle miguel mika mikael mikhail
        milan mohamed mohammed monika moritz mustafa nadia nadine naomi natalia natalie nathalie nathan nicholas
        nicola nicolas nicole niklas nikolai nikolaus nils nina noah noemi nora norbert ola olaf olga oliver
        olivia omar oscar oskar pablo paolo patricia patrick paul paula pavel pawel pedro peter petra philipp
        philippe pierre pietro piotr priya rachel rafael rahul raphael rebecca regina reinhard rene renate
        ricardo richard rita robert roberta roberto robin roland roman ronja rosa rudolf rui ryan sabine sabrina
        sakura samir samuel sandra sanjay santiago sara sarah sascha sebastian sergei sergio simon simone sofia
        sonja sophia sophie stefan stefanie steffen stephan stephanie sven svenja sylvia tanja tatiana teresa
        theo theresa thomas thorsten tilman tim timo timothy tobias tomas tomasz tom torsten ulrich ulrike ursula
        uwe valentin valentina valerie vanessa vera veronika vincent vladimir walter werner wilhelm william
        wojciech wolfgang xavier yannick yasmin yuki yusuf yvonne zofia zoe
        """.split(whereSeparator: \.isWhitespace).map(String.init))
}
