// Countries of birth of the synthetic job seekers born abroad (the largest foreign-born communities of the Turin
// area) with names typical of each. `cfName` is the Italian name under which codice-fiscale-js knows the country
// (province "EE"); `cadastralCode` is its official Z-code, checked against the library by the tests.
import { list } from './names-it.ts';

export type BirthCountry = {
  iso: string;
  cfName: string;
  cadastralCode: string;
  /** Share among the people born abroad. */
  weight: number;
  /** Share of the people born there who hold Italian citizenship (naturalised); the rest keep their own. */
  italianCitizens: number;
  male: string[];
  female: string[];
  family: string[];
};

export const birthCountries: BirthCountry[] = [
  {
    iso: 'RO',
    cfName: 'Romania',
    cadastralCode: 'Z129',
    weight: 34,
    italianCitizens: 0.1,
    male: list(
      'Andrei, Alexandru, Ionut, Mihai, Florin, Gheorghe, Constantin, Adrian, Marius, Bogdan, Cristian',
    ),
    female: list('Elena, Ioana, Maria, Andreea, Mihaela, Georgiana, Alina, Daniela, Florentina, Nicoleta'),
    family: list(
      'Popescu, Ionescu, Popa, Pop, Radu, Dumitru, Stan, Stoica, Gheorghe, Matei, Ciobanu, Rusu, Munteanu, Lazar',
    ),
  },
  {
    iso: 'MA',
    cfName: 'Marocco',
    cadastralCode: 'Z330',
    weight: 22,
    italianCitizens: 0.3,
    male: list('Mohamed, Youssef, Ahmed, Said, Rachid, Abdelaziz, Hicham, Mustapha, Karim, Hamza, Ayoub'),
    female: list('Fatima, Khadija, Aicha, Naima, Samira, Latifa, Zineb, Malika, Meryem, Salma, Hanane'),
    family: list(
      'El Amrani, Benali, El Idrissi, Bouzid, Alaoui, Chakir, Ouali, Berrada, Haddad, El Khatib, Amrani, Tazi',
    ),
  },
  {
    iso: 'AL',
    cfName: 'Albania',
    cadastralCode: 'Z100',
    weight: 12,
    italianCitizens: 0.35,
    male: list('Arben, Ardit, Besnik, Dritan, Ermal, Gentian, Ilir, Klodian, Erion, Fatos, Altin'),
    female: list('Anila, Blerina, Elona, Ermira, Valbona, Jonida, Klaudia, Lindita, Mirela, Arjola'),
    family: list('Hoxha, Shehu, Dervishi, Gjoka, Leka, Kola, Marku, Prifti, Hysa, Cela, Basha, Dushku'),
  },
  {
    iso: 'PE',
    cfName: "Peru'",
    cadastralCode: 'Z611',
    weight: 9,
    italianCitizens: 0.2,
    male: list('Jose, Luis, Carlos, Jorge, Juan, Miguel, Cesar, Victor, Oscar, Jhonny, Wilmer'),
    female: list('Rosa, Carmen, Maribel, Milagros, Lourdes, Gladys, Yesenia, Liliana, Rocio, Elizabeth'),
    family: list('Quispe, Flores, Huaman, Mamani, Rojas, Vargas, Chavez, Ramos, Torres, Mendoza, Gutierrez'),
  },
  {
    iso: 'NG',
    cfName: 'Nigeria',
    cadastralCode: 'Z335',
    weight: 9,
    italianCitizens: 0.05,
    male: list('Chinedu, Emeka, Oluwaseun, Tunde, Ikechukwu, Godwin, Samuel, Blessing, Osagie, Uche'),
    female: list('Blessing, Joy, Precious, Chioma, Ngozi, Favour, Esther, Osas, Gift, Adaeze'),
    family: list('Okafor, Okonkwo, Adeyemi, Osagie, Eze, Igbinosa, Obi, Nwosu, Adebayo, Ogbonna, Ehigiator'),
  },
  {
    iso: 'CN',
    cfName: 'Cina Repubblica Popolare',
    cadastralCode: 'Z210',
    weight: 7,
    italianCitizens: 0.05,
    male: list('Wei, Jian, Hao, Lei, Jun, Ming, Qiang, Yong, Tao, Bin'),
    female: list('Li, Mei, Xiu, Ying, Hui, Jing, Yan, Fang, Lan, Xia'),
    family: list('Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhou, Wu, Xu, Hu, Lin'),
  },
  {
    iso: 'UA',
    cfName: 'Ucraina',
    cadastralCode: 'Z138',
    weight: 7,
    italianCitizens: 0.05,
    male: list('Oleksandr, Andriy, Dmytro, Serhiy, Volodymyr, Mykola, Yuriy, Ivan, Taras, Bohdan'),
    female: list('Olena, Natalia, Oksana, Iryna, Tetiana, Halyna, Svitlana, Yulia, Mariia, Liudmyla'),
    family: list(
      'Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Melnyk, Boyko, Oliynyk, Moroz, Lysenko',
    ),
  },
];
