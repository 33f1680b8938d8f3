/**
 * The Romanian public holidays («zile de sărbătoare legală în care nu se lucrează») of 2017-2021, as
 * data: the days that, with Saturdays and Sundays, are not working days when a legal term is counted
 * in working days («zile lucrătoare»).
 *
 * Source: Legea nr. 53/2003 – Codul muncii, republicată, art. 139 alin. (1) (the list as in force in
 * these years: 1 and 2 January; 24 January, from 2017; Good Friday, from 2018; the first and second
 * day of Easter; 1 May; 1 June, from 2017; the first and second day of Pentecost; 15 August; 30
 * November; 1 December; the first and second day of Christmas), read on
 * https://itmconsulting.ro/itmconsulting/zilele-de-sarbatoare-legala-in-care-nu-se-lucreaza/ (retrieved
 * 2026-12-02). The movable feasts follow the Orthodox calendar (art. 139 alin. (2^1) gives them by the
 * date each Christian cult celebrates; the dates here are the Romanian Orthodox Church's, which the
 * calendar test recomputes with the Julian computus); the 2018 dates match the list published on
 * http://www.ziare.com/social/paste/parlamentarii-au-facut-primul-pas-ca-sa-declare-vinerea-mare-zi-libera-1502735.
 * Good Friday («Vinerea Mare, ultima zi de vineri înaintea Paștelui») was added to art. 139 alin. (1)
 * by a law promulgated in March 2018, before that year's Good Friday (6 April): the promulgation and the
 * amended list are reported on https://romaniatv.net/?p=408583, the 2018 Easter and Pentecost dates on
 * http://www.business24.ro/administratie/stiri-administratie/romanii-vor-avea-liber-de-vinerea-mare-presedintele-a-promulgat-legea-1592953;
 * it is a holiday here from 2018. The two days for the holidays of non-Christian cults apply only to
 * their members and are not general non-working days. Days off that a government decision grants to
 * the public sector («punți», made up later; art. 139 alin. (4), added by Legea nr. 153/2019, MO nr. 623
 * din 26 iulie 2019) are not public holidays and are not listed.
 */
export const RO_PUBLIC_HOLIDAYS = {
  id: 'ro-public-holidays',
  firstYear: 2017,
  lastYear: 2021,
  days: new Map<string, string>([
  ['2017-01-01', '1 ianuarie'],
  ['2017-01-02', '2 ianuarie'],
  ['2017-01-24', '24 ianuarie – Ziua Unirii Principatelor Române'],
  ['2017-04-16', 'prima zi de Paști'],
  ['2017-04-17', 'a doua zi de Paști'],
  ['2017-05-01', '1 mai'],
  ['2017-06-01', '1 iunie'],
  ['2017-06-04', 'prima zi de Rusalii'],
  ['2017-06-05', 'a doua zi de Rusalii'],
  ['2017-08-15', 'Adormirea Maicii Domnului'],
  ['2017-11-30', '30 noiembrie – Sfântul Apostol Andrei'],
  ['2017-12-01', '1 decembrie'],
  ['2017-12-25', 'prima zi de Crăciun'],
  ['2017-12-26', 'a doua zi de Crăciun'],
  ['2018-01-01', '1 ianuarie'],
  ['2018-01-02', '2 ianuarie'],
  ['2018-01-24', '24 ianuarie – Ziua Unirii Principatelor Române'],
  ['2018-04-06', 'Vinerea Mare'],
  ['2018-04-08', 'prima zi de Paști'],
  ['2018-04-09', 'a doua zi de Paști'],
  ['2018-05-01', '1 mai'],
  ['2018-05-27', 'prima zi de Rusalii'],
  ['2018-05-28', 'a doua zi de Rusalii'],
  ['2018-06-01', '1 iunie'],
  ['2018-08-15', 'Adormirea Maicii Domnului'],
  ['2018-11-30', '30 noiembrie – Sfântul Apostol Andrei'],
  ['2018-12-01', '1 decembrie'],
  ['2018-12-25', 'prima zi de Crăciun'],
  ['2018-12-26', 'a doua zi de Crăciun'],
  ['2019-01-01', '1 ianuarie'],
  ['2019-01-02', '2 ianuarie'],
  ['2019-01-24', '24 ianuarie – Ziua Unirii Principatelor Române'],
  ['2019-04-26', 'Vinerea Mare'],
  ['2019-04-28', 'prima zi de Paști'],
  ['2019-04-29', 'a doua zi de Paști'],
  ['2019-05-01', '1 mai'],
  ['2019-06-01', '1 iunie'],
  ['2019-06-16', 'prima zi de Rusalii'],
  ['2019-06-17', 'a doua zi de Rusalii'],
  ['2019-08-15', 'Adormirea Maicii Domnului'],
  ['2019-11-30', '30 noiembrie – Sfântul Apostol Andrei'],
  ['2019-12-01', '1 decembrie'],
  ['2019-12-25', 'prima zi de Crăciun'],
  ['2019-12-26', 'a doua zi de Crăciun'],
  ['2020-01-01', '1 ianuarie'],
  ['2020-01-02', '2 ianuarie'],
  ['2020-01-24', '24 ianuarie – Ziua Unirii Principatelor Române'],
  ['2020-04-17', 'Vinerea Mare'],
  ['2020-04-19', 'prima zi de Paști'],
  ['2020-04-20', 'a doua zi de Paști'],
  ['2020-05-01', '1 mai'],
  ['2020-06-01', '1 iunie'],
  ['2020-06-07', 'prima zi de Rusalii'],
  ['2020-06-08', 'a doua zi de Rusalii'],
  ['2020-08-15', 'Adormirea Maicii Domnului'],
  ['2020-11-30', '30 noiembrie – Sfântul Apostol Andrei'],
  ['2020-12-01', '1 decembrie'],
  ['2020-12-25', 'prima zi de Crăciun'],
  ['2020-12-26', 'a doua zi de Crăciun'],
  ['2021-01-01', '1 ianuarie'],
  ['2021-01-02', '2 ianuarie'],
  ['2021-01-24', '24 ianuarie – Ziua Unirii Principatelor Române'],
  ['2021-04-30', 'Vinerea Mare'],
  ['2021-05-01', '1 mai'],
  ['2021-05-02', 'prima zi de Paști'],
  ['2021-05-03', 'a doua zi de Paști'],
  ['2021-06-01', '1 iunie'],
  ['2021-06-20', 'prima zi de Rusalii'],
  ['2021-06-21', 'a doua zi de Rusalii'],
  ['2021-08-15', 'Adormirea Maicii Domnului'],
  ['2021-11-30', '30 noiembrie – Sfântul Apostol Andrei'],
  ['2021-12-01', '1 decembrie'],
  ['2021-12-25', 'prima zi de Crăciun'],
  ['2021-12-26', 'a doua zi de Crăciun'],
  ]),
} as const;
