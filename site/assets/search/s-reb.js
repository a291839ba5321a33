(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-reb"]={"key":"reb","forms":{"rebalancing":[0],"rebase":[1]},"terms":[{"w":524,"p":"iT0XoIO"},{"w":575,"p":"mAX"}]};
