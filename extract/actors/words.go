package actors

// commonWords are everyday English words (and a few very common names and
// brands) that
// threat-actor catalogues use as single-word aliases. An alias that is one of
// them is ambiguous: Find reports it only next to a cue word.
var commonWords = setOf(`
about above account action active admin agent alpha amber angel anchor animal antlion apex
apple arctic armor army arrow ash atlas atom aurora avenger axiom
badger bamboo bandit banner baron basin bear beast bee beetle berserk bishop bitter black
blackout blade blaze blizzard blue bolt bone boron bounty brave bravo bridge bronze brown
buffalo bug bull butterfly
cactus calcium calypso camel candle canyon captain cardinal carbon castle cat cerberus
chain chameleon champion charlie chimera chrome cicada citadel clan cleaver cloud cobalt
cobra comet comment condor copper coral cosmos cougar cowboy coyote crab crane crow crown
crystal cuba cyclone
daemon dagger dark darkness dawn delta demon desert destroyer devil diamond dingo doctor
dog dogfish dolphin dragon dragonfly dream dune dust eagle earth echo eclipse electron
element elephant ember emerald empire equation evil
falcon fancy fang fire firefly fish flame flash fox fog forest fortune fox frost fury
galaxy gamma garden gecko ghost giant glacier gold golden gorilla granite grape
gray green grey griffin guardian
hammer harbor harvest hawk helium hero hive honey honeybee hornet horse hunter hurricane hydra
ice indigo iron ivory jackal jaguar jester joker jungle
kairos karma kingdom kitten knight
lace lamp lantern lead legion leopard leviathan libra lightning lion lizard lock locust
lotus lynx
machete magic magnet mamba mango mantis marble mask maze medusa mercury mirage monkey
monsoon moon moonlight moth mountain mouse mustang
neptune night nightmare ninja nitro nomad north nova
oasis ocean octopus omega onyx oracle orange orbit orchid owl oxygen
package panda panther paper patch patchwork pawn pearl penguin phantom phoenix pickaxe
pilot pink pioneer pirate pixie platinum play pluto poison polaris polonium popeye
potassium prism prophet puma pupa purple pyramid python
quartz queen radium raider rain raven reaper red reef revenge rhino river robin rocket
rogue rook royal ruby rust
sabre saint salt samurai sandstorm saturn scarab scarlet scimitar scorpion scout
sea seal serpent shadow shark sheriff shield shell silence silicon silver siesta silk
skeleton sky snake snatch snow sodium solar spark sparrow spectre sphinx spider spirit
squad squid star stealth steel sting stone storm strider sulphur summit sun superman swan
swarm sword
tempest temple thunder tick tiger titan tornado trident trinity turtle twilight typhoon
unicorn union
valkyrie vampire vanguard venom vermin viking viper volcano vortex vulture
walrus wasp watchdog wave whale whisper wildcard wind winter witch wizard wolf wolverine
worm wraith
yeti zero zeus zinc zodiac
budworm buckeye stonefly springtail waterbug billbug blackfly mealybug swallowtail
tortoiseshell lyceum elfin newscaster armageddon inception krypton nickel flea blackjack
warlock embargo interlock everest termite quantum grief chaos agenda sarcoma zeppelin
anonymous knight meow cloak lorenz monti akira
lexus alibaba amazon google windows office teams chrome safari outlook azure android
iphone tesla nvidia intel cisco oracle samsung sony toyota honda nissan visa paypal
`)
