// Common Italian family and given names for the synthetic job seekers: the national most frequent surnames, the
// Piedmontese ones frequent around Turin, and the given names of people born between the 1960s and the 2000s.
// Plain ASCII spelling except where the accent does not change the codice fiscale (Nicolò).

/** A comma-separated list (kept compact: one name per line would make these files very long). */
export const list = (names: string): string[] =>
  names
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);

export const italianFamilyNames = list(`
  Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco,
  Bruno, Gallo, Conti, De Luca, Mancini, Costa, Giordano, Rizzo, Lombardi, Moretti,
  Barbieri, Fontana, Santoro, Mariani, Rinaldi, Caruso, Ferrara, Galli, Martini, Leone,
  Longo, Gentile, Martinelli, Vitale, Lombardo, Serra, Coppola, De Santis, D'Angelo,
  Marchetti, Parisi, Villa, Conte, Ferraro, Ferri, Fabbri, Bianco, Marini, Grasso,
  Valentini, Messina, Sala, De Angelis, Gatti, Pellegrini, Palumbo, Sanna, Farina, Rizzi,
  Monti, Cattaneo, Morelli, Amato, Silvestri, Mazza, Testa, Grassi, Pellegrino, Carbone,
  Giuliani, Benedetti, Barone, Rossetti, Caputo, Montanari, Guerra, Palmieri, Bernardi,
  Martino, Fiore, De Rosa, Ferretti, Bellini, Basile, Riva, Donati, Piras, Vitali,
  Battaglia, Sartori, Neri, Costantini, Milani, Pagano, Ruggiero, Sorrentino, D'Amico,
  Orlando, Mazzola, Negri, Mele, Ruggeri, Cirillo, Guidi, Calabrese, Morello, Pace,
  Catalano, Di Stefano, Cocco, Bonetti, Fumagalli, Marchi, Napolitano, Lo Presti, Scuderi,
  La Rosa, Di Pietro, Cuccurullo, Iannone, Bevilacqua,
  Ferrero, Rosso, Bosio, Cerutti, Bertolino, Allasia, Barbero, Perotti, Operti, Vercellone,
  Ruffino, Bertola, Audisio, Gribaudo, Chiapello, Giraudo, Bonino, Garbero, Bergese, Bruna,
  Aimar, Cavallero, Quaglia, Rolando, Fassino, Mollo, Cordero, Bertero, Borgarello,
  Gerbaudo, Tesio, Ghione, Pautasso, Bussone, Carena, Vigna, Peirone, Odetto, Bellone,
  Richiardi, Ravera, Chiaberto
`);

export const italianMaleNames = list(`
  Marco, Giuseppe, Luca, Andrea, Francesco, Alessandro, Giovanni, Roberto, Stefano, Paolo,
  Antonio, Davide, Matteo, Simone, Massimo, Fabio, Mario, Daniele, Lorenzo, Giorgio,
  Federico, Claudio, Riccardo, Maurizio, Salvatore, Vincenzo, Alberto, Emanuele, Michele,
  Enrico, Franco, Gabriele, Pietro, Nicola, Sergio, Domenico, Mattia, Tommaso, Filippo,
  Fabrizio, Diego, Christian, Angelo, Carlo, Gianluca, Alessio, Leonardo, Edoardo, Samuele,
  Raffaele, Cristian, Valerio, Ivan, Dario, Gianni, Walter, Renato, Bruno, Luigi, Piero,
  Pasquale, Gaetano, Carmine, Rocco, Ciro, Gennaro, Cosimo, Giacomo, Jacopo, Manuel,
  Elia, Gabriel, Nicolò, Denis, Alex, Cristiano, Mirko, Igor, Omar, Ettore, Luciano,
  Silvio, Guido, Aldo, Umberto, Rosario, Ignazio, Marcello, Ottavio, Osvaldo, Giancarlo,
  Gianfranco, Pierluigi, Mauro, Ivano, Loris, Fulvio, Elio, Sandro, Tiziano, Kevin
`);

export const italianFemaleNames = list(`
  Giulia, Francesca, Sara, Laura, Chiara, Valentina, Elena, Alessandra, Silvia, Martina,
  Federica, Anna, Maria, Paola, Roberta, Elisa, Simona, Monica, Barbara, Cristina,
  Claudia, Daniela, Stefania, Manuela, Alessia, Serena, Giorgia, Ilaria, Michela, Veronica,
  Erika, Sabrina, Marta, Beatrice, Alice, Aurora, Sofia, Emma, Greta, Noemi, Camilla,
  Arianna, Irene, Eleonora, Caterina, Rita, Patrizia, Antonella, Rosa, Carmela, Teresa,
  Lucia, Angela, Giovanna, Loredana, Marina, Tiziana, Nadia, Raffaella, Emanuela,
  Debora, Katia, Jessica, Vanessa, Denise, Miriam, Rebecca, Ginevra, Matilde, Alba,
  Nicole, Asia, Gaia, Viola, Bianca, Lisa, Luisa, Grazia, Concetta, Assunta, Immacolata,
  Rosaria, Franca, Marisa, Graziella, Ornella, Lorena, Cinzia, Sonia, Morena, Ilenia,
  Pamela, Samantha, Cristiana, Mara, Donatella, Lidia, Agnese, Adele, Margherita, Elisabetta
`);
