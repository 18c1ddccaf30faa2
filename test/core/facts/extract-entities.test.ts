import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/core/article.js';
import { extractEntities } from '../../../src/core/facts/extract-entities.js';
import { makeArticle } from '../../helpers/seed.js';

const entities = (...paragraphs: string[]) => extractEntities(makeArticle(paragraphs));
const names = (...paragraphs: string[]) => entities(...paragraphs).map((e) => e.name).sort();
const find = (list: readonly Entity[], name: string) => list.find((e) => e.name === name);

describe('merging mentions', () => {
  it('merges a surname into the full name: Maduro / Nicolás Maduro', () => {
    const list = entities('Talks with Nicolás Maduro went nowhere.', 'Later Maduro refused, and aides of Maduro agreed.');
    expect(list.filter((e) => e.kind === 'person')).toEqual([{ kind: 'person', name: 'Nicolás Maduro', mentions: 3, paragraphs: [0, 1] }]);
  });
  it('merges a titled surname: Mr Kessock / Martin Kessock', () => {
    const list = entities('Tory leader Martin Kessock spoke first.', 'Mr Kessock said the scheme would fail.');
    expect(find(list, 'Martin Kessock')).toMatchObject({ kind: 'person', mentions: 2, paragraphs: [0, 1] });
    expect(find(list, 'Kessock')).toBeUndefined();
  });
  it('keeps a title that is part of the name when no fuller form exists', () => {
    expect(names('The claims upset Prince Harry and Lord Penwick.')).toEqual(['Lord Penwick', 'Prince Harry']);
  });
  it('merges U.S., US and United States into one place', () => {
    const list = entities('The U.S. has concluded the vote was lost.', 'Officials in the United States agreed, and US envoys left.');
    const places = list.filter((e) => e.kind === 'place');
    expect(places).toHaveLength(1);
    expect(places[0]).toMatchObject({ name: 'United States', mentions: 3, paragraphs: [0, 1] });
  });
  it('merges an acronym with the name it abbreviates', () => {
    const list = entities('The London Stock Exchange rejected the bid.', 'Shareholders of the LSE were not asked.');
    expect(find(list, 'London Stock Exchange')).toMatchObject({ kind: 'organization', mentions: 2 });
    expect(find(list, 'LSE')).toBeUndefined();
  });
  it('merges a short first name into the long one with the same surname: Steve / Steven Gerrand', () => {
    const list = entities('Steven Gerrand scored twice.', 'Steve Gerrand said so, and Gerrand smiled. Steve Gerrand left.');
    expect(list.filter((e) => e.kind === 'person')).toMatchObject([{ name: 'Steve Gerrand', mentions: 4 }]);
  });
  it('reads a name shortened to an acronym of three letters as a body, and keeps a short acronym when the phrase is no name', () => {
    expect(find(entities('The Grand Harbour Trust (GHT) met. The GHT agreed.'), 'Grand Harbour Trust')).toMatchObject({ kind: 'organization', mentions: 3 });
    expect(find(entities('Swift Local Lending (SLL) grew, said the SLL.'), 'Swift Local Lending')?.kind).toBe('organization');
  });
  it('merges a name into the same name after a place: Supreme Court / US Supreme Court', () => {
    const list = entities('The US Supreme Court heard the case.', 'The Supreme Court ruled on Monday.');
    expect(find(list, 'US Supreme Court')).toMatchObject({ kind: 'organization', mentions: 2 });
    expect(find(list, 'Supreme Court')).toBeUndefined();
  });
  it('merges an initial and surname into the full name: K Morvell / Kevin Morvell', () => {
    const list = entities('Kevin Morvell takes over on the wing.', 'The side: K Morvell, T Shankley.');
    expect(find(list, 'Kevin Morvell')).toMatchObject({ mentions: 2 });
  });
  it('merges a short first name alone into the one person it can be: Rafa / Rafael Bloggs', () => {
    expect(entities('The new manager Rafael Bloggs came.', "He knows Rafa's views.").map((e) => [e.name, e.kind, e.mentions])).toEqual([['Rafael Bloggs', 'person', 2]]);
    expect(names('Chris said so to Christopher Bloggs and Christine Smithers.')).toContain('Chris');
  });
  it('merges an acronym written as a word into the name it shortens: Wada / World Anti-Doping Agency', () => {
    expect(entities('It was paid for by the World Anti-Doping Agency (Wada), which agreed.').map((e) => [e.name, e.mentions])).toEqual([['World Anti-Doping Agency', 2]]);
  });
  it('merges the names of one party: Tories / Conservative / Conservative Party, Lib Dems / Liberal Democrats', () => {
    const list = entities('The Conservative leader spoke. The Tories, he said, will win.', 'Lib Dem spokesman Jo Bloggs and the Liberal Democrats agreed.');
    expect(list.filter((e) => e.kind === 'organization').map((e) => e.mentions)).toEqual([2, 2]);
  });
  it('merges a surname into the full name when an initial form is there too: Bloggs / K Bloggs / Kevin Bloggs', () => {
    const list = entities('Kevin Bloggs starts in place of Smithers.', 'The in-form Bloggs was pushing hard.', 'The side: K Bloggs, T Smithers.');
    expect(list.map((e) => [e.name, e.mentions])).toContainEqual(['Kevin Bloggs', 3]);
    expect(find(list, 'Bloggs')).toBeUndefined();
  });
  it('merges a short form into an organisation: the Journal / the Wall Street Journal', () => {
    const list = entities('An article in the Wall Street Journal on Sunday said so.', 'According to the Journal story, talks went on.');
    expect(find(list, 'Wall Street Journal')).toMatchObject({ kind: 'organization', mentions: 2 });
  });
});

describe('names as written', () => {
  it('strips possessives and punctuation', () => {
    expect(names('It is Venezuela’s crisis, and Britain\'s too.')).toEqual(['Britain', 'Venezuela']);
  });
  it('keeps accents and matches without them: Gonzalez finds González', () => {
    const list = entities('Edmundo González received the most votes.', 'Gonzalez later left for Spain.');
    expect(find(list, 'Edmundo González')).toMatchObject({ mentions: 2 });
  });
  it('keeps particles and hyphens inside names', () => {
    expect(names('Minister Hamid Karim al-Suwaidi met Lars-Erik Holmqvist at the Stade de France.')).toEqual(
      ['Hamid Karim al-Suwaidi', 'Lars-Erik Holmqvist', 'Stade de France'],
    );
  });
  it('does not join two whole bodies with `and`: Deutsche Bank and Credit Suisse Group', () => {
    expect(names('Talks between Norland Bank and Credit Mutual Group stalled.')).toEqual(['Credit Mutual Group', 'Norland Bank']);
    expect(names('The Securities and Exchange Commission looked into it.')).toEqual(['Securities and Exchange Commission']);
  });
  it('joins organisation names with of, for and and', () => {
    expect(names('A note from the Department for Education and Skills and the University of Victoria.')).toEqual(
      ['Department for Education and Skills', 'University of Victoria'],
    );
    expect(names('Both Intel and Advanced Micro Devices make chips.')).toEqual(['Advanced Micro Devices', 'Intel']);
  });
  it('splits a party from the person that follows it: Liberal Democrat Owen Tarrant', () => {
    const list = entities('The Liberal Democrat Owen Tarrant disagreed.');
    expect(find(list, 'Owen Tarrant')?.kind).toBe('person');
    expect(find(list, 'Liberal Democrat')?.kind).toBe('organization');
  });
  it('reads DJ as a title before a name: Harbour Radio DJ Jo Bloggs', () => {
    expect(entities('Harbour Radio DJ Jo Bloggs said so.').map((e) => [e.name, e.kind])).toEqual([['Harbour Radio', 'organization'], ['Jo Bloggs', 'person']]);
  });
  it('reads VJ and Speaker as titles before a name: the Zed TV VJ Jo Bloggs, Speaker Tom Smithers', () => {
    expect(entities('The former Zed TV VJ Jo Bloggs said so.').map((e) => [e.name, e.kind])).toEqual([['Zed TV', 'organization'], ['Jo Bloggs', 'person']]);
    expect(entities('Speaker Tom Smithers has ruled. The Speaker chairs debates.').map((e) => [e.name, e.kind])).toEqual([['Tom Smithers', 'person']]);
  });
  it('passes over a quoted nickname between first name and surname: Marion "Ace" Bloggs', () => {
    expect(entities('The promoter Marion "Ace" Bloggs was fined. Mr Bloggs paid.').map((e) => [e.name, e.kind, e.mentions])).toEqual([['Marion Bloggs', 'person', 2]]);
    expect(names('They toured Kettleby "Stop" Smithers.')).not.toContain('Kettleby Smithers');
  });
  it('reads a first name that is also a common word as a first name before a surname: Robin Smithers', () => {
    expect(find(entities('The former minister Robin Smithers spoke.'), 'Robin Smithers')?.kind).toBe('person');
  });
  it('splits a party from the person after a title: Labour MP Gordon Fennimore', () => {
    const list = entities('The chairman, Labour MP Gordon Fennimore, said no.');
    expect(find(list, 'Gordon Fennimore')?.kind).toBe('person');
    expect(find(list, 'Labour')?.kind).toBe('organization');
  });
});

describe('not entities', () => {
  it('drops a capitalised period after `this` or `last`: the show This Morning', () => {
    expect(names("She told Zedvision's This Morning the show was over.")).toEqual(['Zedvision']);
  });
  it('skips months and weekdays', () => {
    expect(names('In January the firm met on Sunday, and again in March.')).toEqual([]);
  });
  it('skips capitalised words that only open sentences', () => {
    expect(names('Citing three people, the paper said so. Analysts agreed. Cocoa prices fell as cocoa farmers left.')).toEqual([]);
  });
  it('keeps a name that opens a sentence when it is a known place or seen elsewhere', () => {
    expect(names('Nigeria grew. Pendleford smiled. The coach, Alan Pendleford, stayed.')).toEqual(['Alan Pendleford', 'Nigeria']);
  });
  it('skips titles of works: quoted, or built on `of the`', () => {
    expect(names('He sang “Harbour Lights” and starred in Night of the Gulls with Simon Tregg.')).toEqual(['Simon Tregg']);
    expect(names('A column in the News of the World.')).toEqual(['News of the World']);
  });
  it('skips nationality words, titles alone and photo credits', () => {
    expect(names('The Venezuelan ruler and British and Spanish officials met the Chief Superintendent.')).toEqual([]);
    expect(entities('dpa/picture-alliance/Sipa USA', 'A story with no names.')).toEqual([]);
  });
});

describe('kinds', () => {
  it('tells people, organisations and places apart', () => {
    const list = entities('Home Secretary Charles Penhallow spoke to the Commission for Racial Equality in London and to Vector Data.');
    expect(list.map((e) => [e.name, e.kind]).sort()).toEqual([
      ['Charles Penhallow', 'person'],
      ['Commission for Racial Equality', 'organization'],
      ['London', 'place'],
      ['Vector Data', 'organization'],
    ]);
  });
  it('orders entities by mentions, then first appearance', () => {
    expect(names('Paris and Rome. Then Rome again.')).toEqual(['Paris', 'Rome']);
    expect(entities('Paris and Rome. Then Rome again.').map((e) => e.name)).toEqual(['Rome', 'Paris']);
  });
});

describe('common words and titles of works are not entities', () => {
  it('skips a lone common word unless the article uses it as a name', () => {
    expect(names('Critics said the Budget was a Breakfast treat for the World.')).toEqual([]);
    expect(names('Sky said its box sold well, and Sky will cut prices.')).toEqual(['Sky']);
    expect(names("The Times reported it first, and Shell's shares fell.")).toEqual(['Shell', 'Times']);
  });
  it('knows everyday words by their endings (`Prevention`, `Thatcherism`, `Mutually`), keeps brands with inner capitals', () => {
    expect(names('Talk of Prevention and Thatcherism, and fear of Mutually Assured Destruction.')).toEqual([]);
    expect(names('Shares in ClickPerSale fell.')).toEqual(['ClickPerSale']);
    expect(names('The Beacon Productions team left the Food Relief Programme.')).toEqual(['Beacon Productions', 'Food Relief Programme']);
  });
  it('skips runs in title case with small words capitalised', () => {
    expect(names('Fans of Lords Of The Iron Coast and Crashed The Wedding met Tom Jarrold.')).toEqual(['Tom Jarrold']);
  });
  it('skips the halves of a title joined by `to` or `on the`, keeps names joined the same way', () => {
    expect(names("The band's Ladder to Heaven and Who Wants to Sing Forever topped the poll.")).toEqual([]);
    expect(names('The band played Always Look on the Sunny Side twice.')).toEqual([]);
    expect(names('Flights from London to Paris were cut, and the ball went from Dunleavy to Pellow.')).toEqual(['Dunleavy', 'London', 'Paris', 'Pellow']);
  });
  it('skips a name introduced as `entitled`, a convention, and a nationality before a common noun', () => {
    expect(names('The film is entitled Kitchen Blues. Kitchen Blues opens soon.')).toEqual([]);
    expect(names('It breaches the European Convention on Human Rights.')).toEqual([]);
    expect(names('British Citizens deserve better than the British Government gives.')).toEqual([]);
  });
  it('joins `Isle of` and `Gulf of` to the name after them, but not across `and`', () => {
    expect(entities('Ferries to the Isle of Sheppey and Dover stopped.').map((e) => [e.name, e.kind])).toEqual([['Isle of Sheppey', 'place'], ['Dover', 'place']]);
  });
  it('reads the City of London and a district of a town as places, a town and everyday words as a body', () => {
    const kinds = (text: string) => entities(text).map((e) => [e.name, e.kind]);
    expect(kinds('Bankers in the City of London agreed.')).toEqual([['City of London', 'place']]);
    expect(kinds('He won Leeds Central in 1997.')).toEqual([['Leeds Central', 'place']]);
    expect(kinds('Trains on the London Underground stopped.')).toEqual([['London Underground', 'organization']]);
  });
  it('reads seas and island groups as places', () => {
    expect(entities('Ships crossed the Baltic to the Hebrides.').map((e) => [e.name, e.kind])).toEqual([['Baltic', 'place'], ['Hebrides', 'place']]);
  });
  it('skips every mention of a name introduced as a work', () => {
    expect(names('The film Augustus flopped. Augustus cost millions, said Ned Harrow.')).toEqual(['Ned Harrow']);
  });
  it('skips phrases of common words that nothing proves to be a person', () => {
    expect(names('Her single Nearly Home sold well, as did Suddenly Last Winter.')).toEqual([]);
    expect(names("It topped magazine Rolling Stone's list.")).toEqual(['Rolling Stone']);
    expect(names('Fans queued for Shrek 2 and Halo 2.')).toEqual([]);
  });
  it('reads a first name that is a common word after `the` as the word (`the Bill`)', () => {
    expect(names('MPs passed the Bill. Bill Clinton was not there.')).toEqual(['Bill Clinton']);
  });
  it('skips events, prizes and laws', () => {
    expect(names('She won at the Brit Awards and the Australian Open, then the Oscars.')).toEqual([]);
    expect(names('Peers debated the Police Bill and the Hunting Act.')).toEqual([]);
    expect(names('Envoys at the United Nations met.')).toEqual(['United Nations']);
  });
  it('skips religions, plural weekdays and technical acronyms', () => {
    expect(names('Buddhist, Hindu and Sikh leaders meet on Thursdays.')).toEqual([]);
    expect(names('Sales of PVRs and VHS machines fell.')).toEqual([]);
    expect(names('Fears of WMD, CCTV cameras and DNA tests grew, and the PR firm hired a DJ.')).toEqual([]);
    expect(names('The double Olympic champion sang Latin pop with Nordic flair.')).toEqual([]);
    expect(names('Sales of Personal Video Recorders and Personal Digital Assistants rose.')).toEqual([]);
    expect(names('Fans met at Paseo de Lorca.')).toEqual(['Paseo de Lorca']);
  });
  it('skips the last word of an event or law standing alone (`the Act`, `the Cup`)', () => {
    expect(names('Lawyers read the Data Rights Act. Under the Act, firms must reply.')).toEqual([]);
    expect(names('They won the Cup and flew to the Festival.')).toEqual([]);
    expect(names('Bill said no.')).toEqual(['Bill']);
    expect(names('He hosted The Jim Bloggs Show.')).toEqual([]);
    expect(names('She won two Golden Globes after WWII films.')).toEqual([]);
  });
  it('skips common words in capitals for emphasis, keeps acronyms', () => {
    expect(names('They WILL use ANY means, said the TUC.')).toEqual(['TUC']);
  });
});

describe('acronyms and offices', () => {
  it('keeps an acronym in brackets after the name it shortens, and merges them', () => {
    const list = entities('The Tile Makers Federation (TMF) said prices rose.', 'The TMF wants cuts.');
    expect(find(list, 'Tile Makers Federation')).toMatchObject({ kind: 'organization', mentions: 3 });
  });
  it('starts a body after a title that ends in `of the`: Director General of the British Chambers of Commerce', () => {
    const list = entities('Jo Bloggs, Director General of the British Chambers of Commerce, spoke.');
    expect(find(list, 'British Chambers of Commerce')?.kind).toBe('organization');
  });
  it('reads an office after a place as the place: `US President`, `French President`', () => {
    expect(names('The US President and the French President met.')).toEqual(['US']);
  });
  it('reads a web address as a site, in any case, and files `Shopz.com` with `Shopz`; `dot.com` and mail addresses are not names', () => {
    const list = entities('Fans log on to tunesforall.net daily.', 'Shopz.com grew, and Shopz hired staff.', 'The dot.com boom ended; write to joe@mail.co.uk.');
    expect(list.map((e) => [e.name, e.kind, e.mentions])).toEqual([['Shopz.com', 'organization', 2], ['tunesforall.net', 'organization', 1]]);
  });
  it('reads NY as New York', () => {
    const list = entities('He moved to New York.', 'Life in NY was hard.');
    expect(find(list, 'New York')).toMatchObject({ kind: 'place', mentions: 2 });
  });
});

describe('name edges', () => {
  it('drops a date before a name and a weekday after it', () => {
    expect(names('In December Microsoft cut prices.')).toEqual(['Microsoft']);
    expect(names('The BBC One Saturday show was cut.')).toEqual(['BBC One']);
  });
  it('drops a word that never ends a name (a lost full stop)', () => {
    expect(names('According to analysts Kestrel More than 90 million were sold.')).toEqual(['Kestrel']);
  });
  it('drops a nationality or common word that only describes the name', () => {
    expect(names('The race went to Canadian Heather Tolliver.')).toEqual(['Heather Tolliver']);
    expect(names('Veterans Simon Ashcombe and others spoke.')).toEqual(['Simon Ashcombe']);
    expect(names('Veterans Martin and Pellow came tenth.')).toEqual(['Martin', 'Pellow']);
    expect(names('Young UK cinema goers voted. Weak US figures followed.')).toEqual(['UK', 'US']);
    expect(names('Rival Sony said so. Veteran Labour figures agreed.')).toEqual(['Labour', 'Sony']);
    expect(names('Whatever Smithers does, party Treasurer Lord Bloggs pays.')).toEqual(['Lord Bloggs', 'Smithers']);
    expect(names('He played for Real Madrid in Greater London.')).toEqual(['Greater London', 'Real Madrid']);
  });
});

describe('kinds of places', () => {
  it('reads Las, Los, San and Sao before a word as a place, and a Dome as a place', () => {
    const list = entities('They flew from Las Palmas to San Ignacio via the Sao Bento and on to the Harbour Dome.');
    expect(['Las Palmas', 'San Ignacio', 'Sao Bento', 'Harbour Dome'].map((n) => find(list, n)?.kind)).toEqual(['place', 'place', 'place', 'place']);
  });
  it('knows the Middle East and the Far East', () => {
    expect(entities('Investors from the Middle East and the Far East came.').map((e) => [e.name, e.kind])).toEqual([['Middle East', 'place'], ['Far East', 'place']]);
  });
  it('reads a name alone in brackets as a name, not as an opening capital: (Kettleby)', () => {
    expect(entities('J Bloggs (Kettleby), T Smithers (Kettleby) and P Jones.').map((e) => e.name)).toContain('Kettleby');
  });
});

describe('kinds of clubs and parties', () => {
  it('reads a town as a club before a sports role or after `beat`, a country as a place', () => {
    const list = entities('Liverpool captain Steven Garrow scored as England beat Leeds.', 'England coach Lars-Erik Holmqvist watched.');
    expect(find(list, 'Liverpool')?.kind).toBe('organization');
    expect(find(list, 'Leeds')?.kind).toBe('organization');
    expect(find(list, 'England')?.kind).toBe('place');
  });
  it('reads a town before a plural as a team, a person whose first name is a place as a person', () => {
    const list = entities('Newport-Gwent Dragons colleague Hal Bloggs and Leeds Rhinos won. Jordan Peters spoke.');
    expect(['Newport-Gwent Dragons', 'Leeds Rhinos', 'Jordan Peters'].map((n) => find(list, n)?.kind)).toEqual(['organization', 'organization', 'person']);
  });
  it('reads a town before a rugby position as a club: Leeds back Jo Bloggs', () => {
    expect(find(entities('Leeds back Jo Bloggs starts.'), 'Leeds')?.kind).toBe('organization');
    expect(find(entities('It began in Leeds back in 1980.'), 'Leeds')?.kind).toBe('place');
  });
  it('reads a name opened by Radio or Channel as a body: Radio Zed', () => {
    expect(find(entities('He built a kit from Radio Zed for the show.'), 'Radio Zed')?.kind).toBe('organization');
  });
  it('reads a name before a spokesman as a body', () => {
    expect(find(entities('A Lib Dem spokesman disagreed.'), 'Lib Dem')?.kind).toBe('organization');
    expect(find(entities('The Scottish Executive agreed.'), 'Scottish Executive')?.kind).toBe('organization');
  });
  it('reads names built like bodies as bodies: `X of Y`, `Consortium`, `Guards`, `Brigades`; `Isles` as a place', () => {
    expect(find(entities('The National Union of Fishmongers said so.'), 'National Union of Fishmongers')?.kind).toBe('organization');
    expect(find(entities('The Northern Bakers Consortium agreed.'), 'Northern Bakers Consortium')?.kind).toBe('organization');
    expect(find(entities('The band of the Welsh Guards played.'), 'Welsh Guards')?.kind).toBe('organization');
    expect(find(entities('Storms hit the Western Isles.'), 'Western Isles')?.kind).toBe('place');
  });
});

describe('names set off by commas, offices and pairs', () => {
  it('reads a title set off by commas after a work noun as a work: album, The Reckoning,', () => {
    expect(names("The singer's third album, The Reckoning, is out on Monday.")).toEqual([]);
    expect(names('She starred in the series Hilltown before moving to Leeds.')).toEqual(['Leeds']);
  });
  it('keeps a person set off after a work noun: the director of the film, Jo Bloggs,', () => {
    expect(names('The director of the film, Jo Bloggs, says it is fair.')).toEqual(['Jo Bloggs']);
    expect(names('On the radio programme, Mr Bloggs, a farmer, called it fair.')).toEqual(['Bloggs']);
  });
  it('starts a body after an office and `of the`: Director of the Policy Centre', () => {
    expect(names('Tom Baxter, Director of the Policy Centre, said so.')).toEqual(['Policy Centre', 'Tom Baxter']);
    expect(names('The President of the Royal Society spoke.')).toEqual(['Royal Society']);
    expect(names('He wrote for the News of the World for years.')).toContain('News of the World');
  });
  it('splits two people joined by `and` even when the second ends in a body word: Anna Kellow and Mary Press', () => {
    expect(names('Winners included Anna Kellow and Mary Press, who were named jointly.')).toEqual(['Anna Kellow', 'Mary Press']);
    expect(find(entities('A deal with the Qualifications and Curriculum Authority was signed.'), 'Qualifications and Curriculum Authority')).toBeDefined();
  });
});

describe('words glued to the front of a name', () => {
  it('reads a capital A inside a sentence as the start of a title: the film It\'s A Lovely Day', () => {
    expect(names("The old film It's A Lovely Day is to be staged in Leeds.")).toEqual(['Leeds']);
    expect(names('Fans still love A Marvellous Summer, the band said.')).toEqual([]);
    expect(names('The side: A Lo Cicero, J Bloggs.')).toContain('Lo Cicero');
  });
  it('drops a sentence opener the article writes in lower case before a name it writes alone: Legitimate Bollywood', () => {
    const list = entities('Pirated copies hurt Bollywood studios, and legitimate sellers lose out.', 'Legitimate Bollywood distributors lose money.');
    expect(list.map((e) => e.name)).toEqual(['Bollywood']);
    expect(list[0]!.mentions).toBe(2);
    expect(names('Salvation Army officers met. The army of helpers grew.')).toContain('Salvation Army');
    expect(names('Operation Nightfall began. The operation, said Nightfall staff, was long.')).toContain('Operation Nightfall');
  });
});

describe('bodies named with of and for, and lettered groups', () => {
  it('keeps an office word that ends a body after of or for: Ministry of Defence, Court of Arbitration for Sport', () => {
    expect(names('A spokesman for the Ministry of Defence declined.')).toEqual(['Ministry of Defence']);
    expect(names('She met the Department for Transport yesterday.')).toEqual(['Department for Transport']);
    expect(names('He appealed to the Court of Arbitration for Sport in May.')).toEqual(['Court of Arbitration for Sport']);
    expect(entities('Staff at the Department of Trade and Industry (DTI) agreed.').map((e) => [e.name, e.mentions])).toEqual([['Department of Trade and Industry', 2]]);
    expect(names('A report by the Office of the Deputy Prime Minister came out.')).toEqual(['Office of the Deputy Prime Minister']);
    expect(names('Shares fell, said Bank of England Governor Jo Bloggs.')).toEqual(['Bank of England', 'Jo Bloggs']);
  });
  it('reads a grouping word and a letter as no name: Pool A, Group B, Hepatitis C', () => {
    expect(names('Wales and Fiji are in Pool A with Samoa.')).toEqual(['Fiji', 'Samoa', 'Wales']);
    expect(names('The Group B winners face Hepatitis C research.')).toEqual([]);
    expect(names('Rap act Bold T played in Leeds.')).toContain('Bold T');
  });
});

describe('participles before a name', () => {
  it('drops a participle that opens a sentence before a full name: Injured Rio Bloggs, Unseeded Jo Smith', () => {
    expect(names('The side was thin. Injured Rio Bloggs and Sam Hart were left out.', 'Bloggs will be back.')).toEqual(['Rio Bloggs', 'Sam Hart']);
    expect(names('Unseeded Nicolas Bloggs won in Rome.')).toEqual(['Nicolas Bloggs', 'Rome']);
    expect(names('United Arab Emirates officials agreed.')).toEqual(['United Arab Emirates']);
  });
});

describe('line-ups', () => {
  it('reads a lone unknown word in a team line-up as a player, and one in brackets after a player as a club', () => {
    const list = entities('Gorvan; Pellew, Trask, Vossler, Quenby; Hadrell, Ostick; Brimble, Tavey (Northam), Yelland.');
    expect(find(list, 'Trask')?.kind).toBe('person');
    expect(find(list, 'Quenby')?.kind).toBe('person');
    expect(find(list, 'Northam')?.kind).not.toBe('person');
  });
  it('leaves a lone word in a sentence as it was', () => {
    expect(find(entities('The deal with Quenby was signed on Monday.'), 'Quenby')?.kind).toBe('organization');
  });
});

describe('things named beside a thing noun', () => {
  it('drops a name introduced as a drug or a virus: the steroid ZRX, the Gribble virus', () => {
    expect(names('Tests found the steroid ZRX in samples. ZRX is banned, said Wada.')).toEqual(['Wada']);
    expect(names('The Gribble virus spreads by e-mail. Gribble hits Dell users.')).toEqual(['Dell']);
  });
  it('keeps a body before a noun that only describes its case: the Zelco steroid case', () => {
    expect(names('A trial date was set for the Zelco steroid case. Zelco denied it.')).toContain('Zelco');
  });
});

describe('plural names after the', () => {
  it('reads a plural name after `the` as a band or a team: the Quill Fighters', () => {
    expect(find(entities('Fans of the Quill Fighters queued for hours.'), 'Quill Fighters')?.kind).toBe('organization');
    expect(find(entities('He met the Emlyn James in town.'), 'Emlyn James')?.kind).toBe('person');
  });
});
