# Peter's Plan from the seed, end to end with options: every answer of the
# plan exactly as the seed words it, progress over several weeks
# (back-filled with --date; the test clock is Saturday 14 March 2026), the
# steps ticked off, and then done, with the reward asked about (--ask reads
# the answer from a pipe) and celebrated.
. "$(dirname "$0")/lib.sh"
run goal new \
	--title "To cook at least 2 healthy meals per week for the next 6 months." \
	--why "Cooking 2 healthy meals per week is good for my physical health and cooking can be good for mental wellbeing too." \
	--achievable "My goal is achievable as it’s only 2 meals a week and realistic to the time I’ve got available and it doesn’t seem too stressful." \
	--prepare "I’m going to plan how long the meal will take to cook. I’ll make sure I leave myself enough time to prepare, cook and eat the meal. It will be good for me to plan what meal I want to cook." \
	--deadline "in 6 months" \
	--deadline-note "I am going to cook 2 healthy meals per week for the next 6 months. This is realistic and gives me time to get used to cooking. If it goes well I might do more." \
	--step "I am going to find healthy and affordable recipes to cook. I will search on BBC Good Food for this." \
	--step "I am going to buy the ingredients for this meal when I go shopping with my support worker." \
	--reward "I will acknowledge that I have achieved something which I found difficult. I will reward myself by doing something that I enjoy. I will think about if I can cook more meals a week." \
	--if-missed "I won’t be as hard on myself and I will make a new deadline and start again." \
	--target "2 healthy meals per week" --area "physical health"
run goal show 1

echo "--- four weeks of cooking, filled in afterwards"
run goal log 1 --date 2026-02-18 --note "Lentil soup"
run goal log 1 --date 2026-02-24 --note "Chickpea curry"
run goal log 1 --date 2026-02-27
run goal log 1 --date 2026-03-03 --note "Fish pie, from BBC Good Food"
run goal log 1 --date 2026-03-06
run goal log 1 --date 2026-03-11
run goal log cook --note "Vegetable stir fry"
run goal log 1 --count 2 --note "Batch of soup for the freezer"
run goal step done 1 1 --date 2026-02-16
run goal step done 1 2
run goal show 1
run goal list

echo "--- done: asked about the reward, and celebrated"
printf 'y\n' | run goal done 1 --ask
run goal list
run goal done 1
json goal show 1 --json
